/**
 * AWS Signature Version 4 verification: {@link io.gatehouse.sigv4.SigV4Verifier} checks a request
 * signed in its {@code Authorization} header or as a presigned URL, against secrets found through a
 * {@link io.gatehouse.sigv4.CredentialLookup}. Container-independent: enforcement points describe
 * the request as a {@link io.gatehouse.sigv4.SignedRequest}.
 */
package io.gatehouse.sigv4;
