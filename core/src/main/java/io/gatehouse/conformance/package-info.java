/** Runs policy evaluation conformance cases (the shared corpus format) against an authorizer. */
package io.gatehouse.conformance;
