/**
 * The request-context API: run code as a principal ({@link io.gatehouse.context.Gatehouse#runAs}),
 * ask for decisions ({@link io.gatehouse.context.Gatehouse#check}), carry the context across
 * threads ({@link io.gatehouse.context.Gatehouse#wrap}). Dependency-free, so applications can use it
 * with or without the Gatehouse agent.
 */
package io.gatehouse.context;
