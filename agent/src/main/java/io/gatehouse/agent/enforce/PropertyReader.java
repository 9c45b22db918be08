package io.gatehouse.agent.enforce;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a named property of an argument, for {@code {order.id}} in a resource template: a record
 * component, a getter ({@code getId()}, {@code isId()}), a method named like the property ({@code
 * id()}), or a public field, in that order. How each class's property is read is found once and kept.
 */
final class PropertyReader {
  private static final ClassValue<Map<String, Member>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, Member> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  private PropertyReader() {}

  /**
   * The property's value.
   *
   * @throws IllegalArgumentException if the class has no such property or it cannot be read
   */
  static Object read(Object target, String property) {
    Class<?> type = target.getClass();
    Member accessor = ACCESSORS.get(type).computeIfAbsent(property, p -> find(type, p));
    try {
      return accessor instanceof Method m ? m.invoke(target) : ((Field) accessor).get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("cannot read property \"" + property + "\" of " + type.getName() + ": " + e);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("reading property \"" + property + "\" of " + type.getName() + " failed: "
          + e.getCause(), e.getCause());
    }
  }

  private static Member find(Class<?> type, String property) {
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        if (c.getName().equals(property)) {
          return accessible(c.getAccessor());
        }
      }
    }
    String capitalized = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    for (String name : new String[] {"get" + capitalized, "is" + capitalized, property}) {
      Method m = noArgumentMethod(type, name);
      if (m != null) {
        return accessible(m);
      }
    }
    try {
      Field f = type.getField(property);
      if (!Modifier.isStatic(f.getModifiers())) {
        return accessible(f);
      }
    } catch (NoSuchFieldException e) {
      // fall through to the error below
    }
    throw new IllegalArgumentException(type.getName() + " has no property \"" + property
        + "\" (a record component, getter, method or public field)");
  }

  private static Method noArgumentMethod(Class<?> type, String name) {
    try {
      Method m = type.getMethod(name);
      return m.getReturnType() == void.class || Modifier.isStatic(m.getModifiers()) ? null : m;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** Public members of non-public classes (records, nested classes) need access to be invoked. */
  private static <T extends java.lang.reflect.AccessibleObject & Member> T accessible(T member) {
    if (!Modifier.isPublic(member.getDeclaringClass().getModifiers())) {
      member.trySetAccessible();
    }
    return member;
  }
}
