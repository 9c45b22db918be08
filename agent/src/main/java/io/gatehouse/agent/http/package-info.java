/**
 * HTTP enforcement of servlet dispatch by the agent: the container's request and response, from
 * another class loader, seen through reflection as an {@code io.gatehouse.http.HttpExchange}.
 */
package io.gatehouse.agent.http;
