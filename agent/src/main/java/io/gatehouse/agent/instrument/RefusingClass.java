package io.gatehouse.agent.instrument;

import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * The class file that replaces a class the agent must enforce but could not instrument: the same
 * name, superclass and interfaces, no members, and a static initializer that throws a {@link
 * SecurityException} saying why. The class therefore never runs: its first use fails with {@link
 * ExceptionInInitializerError} (caused by that exception), every later use with {@link
 * NoClassDefFoundError}.
 */
final class RefusingClass {
  private static final int KEPT_ACCESS = Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_INTERFACE
      | Opcodes.ACC_ABSTRACT | Opcodes.ACC_ANNOTATION | Opcodes.ACC_ENUM;

  private RefusingClass() {}

  /**
   * The replacement class file.
   *
   * @param original the class file that could not be instrumented
   * @param message the initializer's exception message
   * @return the class file; if even the original's header cannot be read, an empty array, which the
   *     JVM refuses with {@link ClassFormatError}, so the class does not load either
   */
  static byte[] replacing(byte[] original, String message) {
    try {
      ClassReader reader = new ClassReader(original);
      int version = ((original[6] & 0xff) << 8) | (original[7] & 0xff);
      int access = reader.getAccess() & KEPT_ACCESS;
      if ((access & Opcodes.ACC_INTERFACE) == 0) {
        access |= Opcodes.ACC_SUPER;
      }
      ClassWriter writer = new ClassWriter(0);
      writer.visit(version, access, reader.getClassName(), null, reader.getSuperName(), reader.getInterfaces());
      MethodVisitor init = writer.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
      init.visitCode();
      init.visitTypeInsn(Opcodes.NEW, "java/lang/SecurityException");
      init.visitInsn(Opcodes.DUP);
      init.visitLdcInsn(message);
      init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/SecurityException", "<init>", "(Ljava/lang/String;)V", false);
      init.visitInsn(Opcodes.ATHROW);
      init.visitMaxs(3, 0);
      init.visitEnd();
      writer.visitEnd();
      return writer.toByteArray();
    } catch (RuntimeException e) {
      return new byte[0];
    }
  }
}
