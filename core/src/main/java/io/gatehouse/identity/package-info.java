/**
 * Identities and credentials: accounts (users, groups, roles, managed policies), account files,
 * passwords, access keys, MFA devices, and {@link io.gatehouse.identity.AccountAuthorizer}, which
 * decides for a caller of a known account with every policy that applies to it.
 */
package io.gatehouse.identity;
