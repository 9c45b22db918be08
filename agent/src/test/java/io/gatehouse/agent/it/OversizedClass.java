package io.gatehouse.agent.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.bytebuddy.jar.asm.AnnotationVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Writes {@code com.acme.Oversized}, a class the agent cannot instrument: its {@code @Authorize}
 * method {@code String read(String id)} (which returns {@code id}) is as long as the JVM allows
 * (65,532 bytes of code), so that inlining the advice would take it past the 64 KB limit.
 */
final class OversizedClass {
  static final int CODE_BYTES = 65_532;

  private OversizedClass() {}

  /** Writes the class file under the directory and returns the directory. */
  static Path write(Path classes) throws IOException {
    ClassWriter w = new ClassWriter(0);
    w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "com/acme/Oversized", null, "java/lang/Object", null);
    MethodVisitor init = w.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(Opcodes.ALOAD, 0);
    init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    init.visitInsn(Opcodes.RETURN);
    init.visitMaxs(1, 1);
    init.visitEnd();
    MethodVisitor read = w.visitMethod(Opcodes.ACC_PUBLIC, "read", "(Ljava/lang/String;)Ljava/lang/String;", null, null);
    AnnotationVisitor a = read.visitAnnotation("Lio/gatehouse/annotation/Authorize;", true);
    a.visit("action", "billing:GetInvoice");
    a.visit("resource", "arn:billing:invoices::${aws:PrincipalAccount}:invoice/{0}");
    a.visitEnd();
    read.visitCode();
    for (int i = 0; i < CODE_BYTES - 2; i++) {
      read.visitInsn(Opcodes.NOP);
    }
    read.visitVarInsn(Opcodes.ALOAD, 1);
    read.visitInsn(Opcodes.ARETURN);
    read.visitMaxs(1, 2);
    read.visitEnd();
    w.visitEnd();
    Path file = classes.resolve("com/acme/Oversized.class");
    Files.createDirectories(file.getParent());
    Files.write(file, w.toByteArray());
    return classes;
  }
}
