/** The Jakarta Servlet filter that authenticates callers and enforces IAM policies on HTTP requests. */
package io.gatehouse.servlet;
