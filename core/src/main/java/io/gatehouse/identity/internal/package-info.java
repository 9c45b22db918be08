/**
 * Reading and writing account files: the readers of each section of a file (users, groups, roles,
 * managed policies, credentials, providers, resource and organization policies, signing keys),
 * which share one list of located problems, the writer that builds the file's plain-data form, and
 * the atomic replacement of a file on disk.
 *
 * <p>Internal: the public entry point is {@link io.gatehouse.identity.AccountFiles}.
 */
package io.gatehouse.identity.internal;
