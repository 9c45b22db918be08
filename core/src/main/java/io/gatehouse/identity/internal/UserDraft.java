package io.gatehouse.identity.internal;

import io.gatehouse.identity.UserBuilder;

/**
 * A user read without problems, still open for the credentials that later sections add.
 *
 * @param name the user's name as the file spells it
 * @param builder the user so far
 */
record UserDraft(String name, UserBuilder builder) {}
