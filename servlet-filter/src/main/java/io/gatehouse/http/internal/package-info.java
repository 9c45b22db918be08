/**
 * How {@link io.gatehouse.http.HttpEnforcement} works, free of any servlet type so that the agent can
 * run it from its own class loader: path normalization, the route table, the authentication chain,
 * the request context and the JSON answers. Not an API: anything here may change.
 */
package io.gatehouse.http.internal;
