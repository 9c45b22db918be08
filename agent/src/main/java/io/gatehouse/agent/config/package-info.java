/** The agent's configuration file, {@code gatehouse.yaml}, and its reader. */
package io.gatehouse.agent.config;
