/**
 * Policy variables ({@code ${aws:username}}, defaults, and the escapes {@code ${*}}, {@code ${?}},
 * {@code ${$}}) as AWS defines them for policy language version 2012-10-17, parsed once into {@link
 * io.gatehouse.policy.internal.variables.VariableTemplate}s and resolved per request.
 */
package io.gatehouse.policy.internal.variables;
