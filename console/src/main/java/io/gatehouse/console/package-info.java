/**
 * Gatehouse's web console, {@link io.gatehouse.console.ConsoleServlet}: account administration, the
 * policy simulator and the audit trail in a browser, through the IAM and STS API.
 */
package io.gatehouse.console;
