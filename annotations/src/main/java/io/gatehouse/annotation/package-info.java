/**
 * Annotations that declare which IAM action and resource a method call is, for enforcement by the
 * Gatehouse agent.
 */
package io.gatehouse.annotation;
