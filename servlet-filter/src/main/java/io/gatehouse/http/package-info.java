/**
 * HTTP enforcement independent of any servlet container: {@link io.gatehouse.http.HttpEnforcement}
 * (one object built from a {@code gatehouse.yaml}, one method per request), the request view it reads
 * ({@link io.gatehouse.http.HttpExchange}), its outcome ({@link io.gatehouse.http.HttpOutcome}) and
 * the configuration and its readers.
 */
package io.gatehouse.http;
