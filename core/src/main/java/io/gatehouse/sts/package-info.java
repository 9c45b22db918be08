/**
 * AWS STS inside the application: AssumeRole, GetSessionToken, AssumeRoleWithWebIdentity, and
 * verification of the self-contained session tokens it issues.
 */
package io.gatehouse.sts;
