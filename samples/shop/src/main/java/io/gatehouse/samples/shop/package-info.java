/**
 * A small web shop (products, orders, customers) on embedded Jetty 12, protected by Gatehouse twice:
 * the servlet filter maps each HTTP route to an IAM action, and the agent enforces the {@code
 * @Authorize} annotations of the services for the caller the filter authenticated.
 */
package io.gatehouse.samples.shop;
