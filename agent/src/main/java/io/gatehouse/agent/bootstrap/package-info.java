/**
 * The bridge the agent puts on the bootstrap class path: JDK types only, no dependencies, reached by
 * inlined advice and by every copy of the Gatehouse context API.
 */
package io.gatehouse.agent.bootstrap;
