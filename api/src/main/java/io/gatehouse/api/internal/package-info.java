/**
 * Implementation of the Query API: form decoding, SigV4 authentication of callers, the resource and
 * condition keys of each IAM action, STS's actions, and the XML writer. Not for use outside
 * Gatehouse; may change without notice.
 */
package io.gatehouse.api.internal;
