/**
 * A nightly batch job that knows nothing of Gatehouse: run with the agent, its calls to Apache
 * Commons IO's {@code FileUtils} are IAM actions of the role session it runs as.
 */
package io.gatehouse.samples.batch;
