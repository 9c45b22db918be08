/** The agent's start-up in its own class loader. */
package io.gatehouse.agent.runtime;
