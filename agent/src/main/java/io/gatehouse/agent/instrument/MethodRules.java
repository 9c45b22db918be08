package io.gatehouse.agent.instrument;

import io.gatehouse.agent.config.Pointcut;
import io.gatehouse.agent.enforce.Authorization;
import io.gatehouse.agent.enforce.MethodRule;
import io.gatehouse.agent.enforce.MethodSecurity;
import io.gatehouse.agent.enforce.ResourceTemplate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.annotation.AnnotationList;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.description.type.TypeDescription;

/**
 * Works out, when a class is instrumented, the {@link MethodRule} of each of its methods from the
 * class file: {@code @Authorize} (one or several), {@code @ContextKey} parameters, the {@code
 * jakarta.annotation.security} annotations (the method's own beat its class's, as in Jakarta EE; a
 * class's apply to its public methods) and the configured pointcuts. A method that needs no check
 * gets no rule and is left untouched. Annotations that cannot be used (a template naming a parameter
 * the method does not have) give a rule that denies every call, with the reason.
 */
public final class MethodRules {
  private final List<Pointcut> pointcuts;

  /** Creates the factory with the configured pointcuts. */
  public MethodRules(List<Pointcut> pointcuts) {
    this.pointcuts = List.copyOf(pointcuts);
  }

  /** True if a pointcut names this class. */
  public boolean hasPointcutFor(String className) {
    return pointcuts.stream().anyMatch(p -> p.matchesClass(className));
  }

  /**
   * The rule for a method, or empty if its calls need no check.
   *
   * @param loader the class's loader, kept (weakly) so that a deny throws the class's own exception
   */
  public Optional<MethodRule> ruleFor(TypeDescription type, MethodDescription method, ClassLoader loader) {
    if (method.isTypeInitializer() || method.isAbstract() || method.isNative() || method.isBridge()
        || method.isSynthetic()) {
      return Optional.empty();
    }
    MethodSecurity security = security(method.getDeclaredAnnotations());
    if (security.kind() == MethodSecurity.Kind.NONE && method.isPublic() && method.isMethod() && !method.isStatic()) {
      security = security(type.getDeclaredAnnotations());
    }
    List<String> problems = new ArrayList<>();
    List<String> parameterNames = new ArrayList<>();
    for (ParameterDescription p : method.getParameters()) {
      parameterNames.add(p.getName());
    }
    List<Authorization> authorizations = new ArrayList<>();
    for (AnnotationDescription a : authorizeAnnotations(method.getDeclaredAnnotations())) {
      add(authorizations, a.getValue("action").resolve(String.class), a.getValue("resource").resolve(String.class),
          parameterNames, "@Authorize", problems);
    }
    if (method.isMethod()) {
      for (Pointcut p : pointcuts) {
        if (p.matchesClass(type.getName()) && p.matchesMethod(method.getInternalName())) {
          add(authorizations, p.action(), p.resource(), parameterNames, "pointcut " + p.classPattern(), problems);
        }
      }
    }
    if (authorizations.isEmpty() && problems.isEmpty() && !security.checksCalls()) {
      return Optional.empty();
    }
    String name = type.getName() + "." + (method.isConstructor() ? "<init>" : method.getInternalName());
    return Optional.of(new MethodRule(name, security, authorizations, contextKeys(method), 
        problems.isEmpty() ? null : String.join("; ", problems), loader));
  }

  private static void add(List<Authorization> out, String action, String resource, List<String> parameterNames,
      String origin, List<String> problems) {
    try {
      out.add(new Authorization(action, ResourceTemplate.parse(resource).bind(parameterNames)));
    } catch (IllegalArgumentException e) {
      problems.add(origin + "(action=" + action + ", resource=" + resource + "): " + e.getMessage());
    }
  }

  private static List<AnnotationDescription> authorizeAnnotations(AnnotationList annotations) {
    List<AnnotationDescription> out = new ArrayList<>();
    for (AnnotationDescription a : annotations) {
      String name = a.getAnnotationType().getName();
      if (name.equals(AnnotationNames.AUTHORIZE)) {
        out.add(a);
      } else if (name.equals(AnnotationNames.AUTHORIZE_LIST)) {
        out.addAll(List.of(a.getValue("value").resolve(AnnotationDescription[].class)));
      }
    }
    return out;
  }

  /** The most restrictive security annotation present: {@code @DenyAll}, {@code @RolesAllowed}, {@code @PermitAll}. */
  private static MethodSecurity security(AnnotationList annotations) {
    MethodSecurity found = MethodSecurity.NONE;
    for (AnnotationDescription a : annotations) {
      switch (a.getAnnotationType().getName()) {
        case AnnotationNames.DENY_ALL:
          return new MethodSecurity(MethodSecurity.Kind.DENY_ALL, List.of());
        case AnnotationNames.ROLES_ALLOWED:
          found = new MethodSecurity(MethodSecurity.Kind.ROLES_ALLOWED,
              List.of(a.getValue("value").resolve(String[].class)));
          break;
        case AnnotationNames.PERMIT_ALL:
          if (found.kind() == MethodSecurity.Kind.NONE) {
            found = new MethodSecurity(MethodSecurity.Kind.PERMIT_ALL, List.of());
          }
          break;
        default:
          break;
      }
    }
    return found;
  }

  private static Map<Integer, String> contextKeys(MethodDescription method) {
    Map<Integer, String> out = new HashMap<>();
    for (ParameterDescription p : method.getParameters()) {
      for (AnnotationDescription a : p.getDeclaredAnnotations()) {
        if (a.getAnnotationType().getName().equals(AnnotationNames.CONTEXT_KEY)) {
          out.put(p.getIndex(), a.getValue("value").resolve(String.class));
        }
      }
    }
    return out;
  }
}
