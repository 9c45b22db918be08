package io.gatehouse.identity.internal;

import io.gatehouse.policy.internal.parse.DocumentReader;
import io.gatehouse.identity.SecretEncryption;
import java.nio.file.Path;

/**
 * What the section readers of one account file share.
 *
 * @param fields typed field access bound to the read's problems
 * @param policies reads the policy documents embedded in the file
 * @param documents reads the text of documents the file refers to (JWKS files)
 * @param accountId the file's account id, or null if it was missing or bad
 * @param declared the policies, groups and users the file declares
 * @param baseDir the directory {@code JwksFile} paths are relative to, or null if there is none
 * @param secrets decrypts the secrets the file holds encrypted
 */
record ReadContext(
    FieldReader fields,
    EmbeddedPolicyReader policies,
    DocumentReader documents,
    String accountId,
    DeclaredNames declared,
    Path baseDir,
    SecretEncryption secrets) {}
