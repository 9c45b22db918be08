/** How the agent finds the methods to enforce and inlines its advice into them (Byte Buddy). */
package io.gatehouse.agent.instrument;
