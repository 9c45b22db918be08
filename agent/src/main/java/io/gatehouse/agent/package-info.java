/** The Gatehouse {@code -javaagent}: intercepts annotated or configured methods and enforces IAM policies. */
package io.gatehouse.agent;
