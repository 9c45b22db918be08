package io.gatehouse.identity.internal;

import java.time.Instant;

/**
 * The fields every IAM entity of an account file has. Any part may be null when the file gave it
 * badly (a problem says so); a header without problems has them all.
 *
 * @param name the entity's name
 * @param path its path, {@code /} when absent
 * @param id its unique id, derived when absent
 * @param arn its ARN, derived when absent
 * @param createDate its creation time, the epoch when absent
 */
record EntityHeader(String name, String path, String id, String arn, Instant createDate) {}
