/**
 * HTTP enforcement of servlet dispatch by the agent: the container's request and response, from
 * another class loader, seen through reflection as an {@code io.gatehouse.http.HttpExchange}; a
 * signed body, once checked, is handed to the servlet by a request wrapper generated for the
 * container's own servlet API.
 */
package io.gatehouse.agent.http;
