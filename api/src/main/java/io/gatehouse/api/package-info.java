/**
 * AWS IAM's and STS's Query APIs for the AWS CLI and SDKs: {@link io.gatehouse.api.QueryApi} runs
 * calls (authenticated with SigV4, authorized as the IAM action they are, audited) and {@link
 * io.gatehouse.api.QueryApiServlet} serves it over HTTP at any path.
 */
package io.gatehouse.api;
