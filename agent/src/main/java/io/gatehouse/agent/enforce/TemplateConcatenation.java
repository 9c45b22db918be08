package io.gatehouse.agent.enforce;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.StringConcatFactory;
import java.util.Optional;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Joins a template's literals and its placeholders' values for one call, as the string
 * concatenation a compiler writes for {@code "arn:shop:orders::" + account + ":order/" + id}: the
 * literals are constants of the concatenation's recipe, so each call sizes, allocates and copies
 * only once, with nothing looked up.
 *
 * <p>Each template gets a small hidden class of its own, defined when the template is bound, whose
 * one method is that concatenation ({@code invokedynamic} to {@link StringConcatFactory}). A
 * template whose class cannot be defined keeps joining its parts with a general concatenation.
 */
interface TemplateConcatenation {
  /** The most placeholders one concatenation joins. */
  int MAX_VALUES = 3;

  /**
   * The template's text for these values; only as many are read as the template has placeholders
   * (the others are null).
   */
  String join(String v0, String v1, String v2);

  /**
   * The concatenation of these literals around {@code literals.length - 1} values (one to {@link
   * #MAX_VALUES}), or empty if its class cannot be defined here.
   */
  static Optional<TemplateConcatenation> of(String[] literals) {
    int values = literals.length - 1;
    if (values < 1 || values > MAX_VALUES) {
      throw new IllegalArgumentException("a concatenation joins 1 to " + MAX_VALUES + " values, not " + values);
    }
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup()
          .defineHiddenClass(ConcatenationClass.bytes(literals), true);
      MethodHandle constructor = lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class));
      return Optional.of((TemplateConcatenation) constructor.invoke());
    } catch (Throwable e) {
      if (e instanceof VirtualMachineError error) {
        throw error;
      }
      return Optional.empty();
    }
  }

  /** Writes the hidden class of one template. */
  final class ConcatenationClass {
    private static final String NAME = "io/gatehouse/agent/enforce/TemplateConcatenation$Template";
    private static final String OBJECT = "java/lang/Object";
    private static final String STRING = "Ljava/lang/String;";
    // StringConcatFactory's recipe tags: an argument, a constant.
    private static final char ARGUMENT = '\u0001';
    private static final char CONSTANT = '\u0002';

    private ConcatenationClass() {}

    static byte[] bytes(String[] literals) {
      int values = literals.length - 1;
      ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
      cw.visit(Opcodes.V11, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, NAME, null, OBJECT,
          new String[] {TemplateConcatenation.class.getName().replace('.', '/')});

      MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
      init.visitCode();
      init.visitVarInsn(Opcodes.ALOAD, 0);
      init.visitMethodInsn(Opcodes.INVOKESPECIAL, OBJECT, "<init>", "()V", false);
      init.visitInsn(Opcodes.RETURN);
      init.visitMaxs(0, 0);
      init.visitEnd();

      // Every literal is a recipe constant, so that literal text never has to be escaped.
      StringBuilder recipe = new StringBuilder();
      Object[] constants = new Object[literals.length + 1];
      int count = 0;
      for (int i = 0; i < literals.length; i++) {
        if (!literals[i].isEmpty()) {
          recipe.append(CONSTANT);
          constants[++count] = literals[i];
        }
        if (i < values) {
          recipe.append(ARGUMENT);
        }
      }
      constants[0] = recipe.toString();
      Object[] bootstrapArguments = java.util.Arrays.copyOf(constants, count + 1);

      MethodVisitor join = cw.visitMethod(Opcodes.ACC_PUBLIC, "join", "(" + STRING.repeat(3) + ")" + STRING,
          null, null);
      join.visitCode();
      for (int i = 1; i <= values; i++) {
        join.visitVarInsn(Opcodes.ALOAD, i);
      }
      join.visitInvokeDynamicInsn("join", "(" + STRING.repeat(values) + ")" + STRING, new Handle(
          Opcodes.H_INVOKESTATIC, "java/lang/invoke/StringConcatFactory", "makeConcatWithConstants",
          "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
              + "Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;", false),
          bootstrapArguments);
      join.visitInsn(Opcodes.ARETURN);
      join.visitMaxs(0, 0);
      join.visitEnd();
      cw.visitEnd();
      return cw.toByteArray();
    }
  }
}
