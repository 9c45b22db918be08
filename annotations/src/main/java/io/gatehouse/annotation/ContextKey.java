package io.gatehouse.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds a method argument to the request context under a condition key, so that policies can test
 * it:
 *
 * <pre>{@code
 * @Authorize(action = "shop:Refund", resource = "arn:shop:orders::${aws:PrincipalAccount}:order/{0}")
 * void refund(String orderId, @ContextKey("shop:Amount") BigDecimal amount) { ... }
 * }</pre>
 *
 * <p>The argument's {@code toString()} is the key's value; a collection or array gives a
 * multivalued key; {@code null} leaves the key absent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ContextKey {
  /** The condition key, e.g. {@code shop:Amount}. */
  String value();
}
