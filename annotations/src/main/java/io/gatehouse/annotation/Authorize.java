package io.gatehouse.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the IAM action (and resource) a method call is: with the Gatehouse agent attached, every
 * call is authorized against the caller's IAM policies before the method body runs, and audited.
 *
 * <pre>{@code
 * @Authorize(action = "shop:DeleteOrder",
 *            resource = "arn:shop:orders::${aws:PrincipalAccount}:order/{orderId}")
 * void deleteOrder(String orderId) { ... }
 * }</pre>
 *
 * <p>The resource is a template: {@code {name}} is a method parameter by name (compile with {@code
 * -parameters}), {@code {0}} a parameter by position, {@code {order.id}} a property of a parameter
 * (getter, record component or public field); {@code ${key}} is a request context key, as in
 * policies. Several {@code @Authorize} on one method must all allow.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
@Repeatable(Authorize.List.class)
public @interface Authorize {
  /** The IAM action, e.g. {@code shop:DeleteOrder}. */
  String action();

  /** The resource ARN template; {@code *} when the action is not about one resource. */
  String resource() default "*";

  /** Holds several {@link Authorize} on one method; all must allow. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
  @interface List {
    /** The authorizations, all of which must allow. */
    Authorize[] value();
  }
}
