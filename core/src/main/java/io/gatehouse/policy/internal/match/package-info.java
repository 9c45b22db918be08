/**
 * The matching primitives of compiled policies: globs ({@link
 * io.gatehouse.policy.internal.match.Wildcard}), {@code Action} and {@code Resource} entries, ARNs
 * and IP address blocks. Everything is compiled once from policy text and then matched without
 * regular expressions, DNS lookups or (on the common paths) allocation.
 */
package io.gatehouse.policy.internal.match;
