/**
 * The agent's enforcement of instrumented calls and programmatic checks: ordinary classes, tested
 * directly, that the bootstrap bridge hands calls to.
 */
package io.gatehouse.agent.enforce;
