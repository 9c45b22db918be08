package io.gatehouse.identity.internal;

import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import java.time.Instant;

/**
 * Reads the name, path, id, ARN and creation date of a user, group, role or managed policy,
 * deriving what a hand-written file leaves out: the path {@code /}, the ARN from the account, path
 * and name, the id with {@link DerivedId}, the epoch as creation date. A given ARN must agree with
 * the derived one (for a managed policy, either the account's or AWS's {@code
 * arn:aws:iam::aws:policy/...}).
 */
final class EntityHeaderReader {
  private final FieldReader fields;
  private final String accountId;

  /**
   * Creates a reader for the entities of one account.
   *
   * @param accountId the file's account id, or null if it was missing or bad (ARNs are then not
   *     compared)
   */
  EntityHeaderReader(FieldReader fields, String accountId) {
    this.fields = fields;
    this.accountId = accountId;
  }

  /** Reads the header of {@code entry}; parts given badly are null after a problem. */
  EntityHeader read(LocatedObject entry, NodePath path, EntityKind kind) {
    String name = fields.requiredString(entry, path, kind.nameKey());
    boolean nameValid =
        name != null
            && !check(
                entry,
                path,
                kind.nameKey(),
                NameRules.checkName(kind.arnType() + " name", name, kind.maxNameLength()));
    String entityPath = "/";
    LocatedNode pathNode = fields.optional(entry, "Path");
    if (pathNode != null) {
      entityPath = fields.string(pathNode, path.key("Path"));
      if (entityPath != null && check(entry, path, "Path", NameRules.checkPath(entityPath))) {
        entityPath = null;
      }
    }
    String arn = arn(entry, path, kind, nameValid ? name : null, entityPath);
    String id = null;
    LocatedNode idNode = fields.optional(entry, kind.idKey());
    if (idNode != null) {
      id = fields.string(idNode, path.key(kind.idKey()));
      if (id != null && check(entry, path, kind.idKey(), NameRules.checkId(id))) {
        id = null;
      }
    } else if (accountId != null && arn != null) {
      String seed = kind == EntityKind.POLICY ? arn : name;
      id = DerivedId.of(kind.idPrefix(), accountId + ":" + kind.arnType() + ":" + seed);
    }
    Instant created = fields.date(entry, path, "CreateDate");
    return new EntityHeader(name, entityPath, id, arn, created);
  }

  private String arn(
      LocatedObject entry, NodePath path, EntityKind kind, String name, String entityPath) {
    String given = fields.optionalString(entry, path, "Arn");
    if (accountId == null || name == null || entityPath == null) {
      return given;
    }
    String own = NameRules.arn(accountId, kind.arnType(), entityPath, name);
    if (given == null) {
      return own;
    }
    String aws = NameRules.arn("aws", kind.arnType(), entityPath, name);
    if (given.equals(own) || (kind == EntityKind.POLICY && given.equals(aws))) {
      return given;
    }
    String expected = LocatedScalar.quote(own);
    if (kind == EntityKind.POLICY) {
      expected += " or, for an AWS managed policy, " + LocatedScalar.quote(aws);
    }
    fields.problem(
        entry.get("Arn"),
        path.key("Arn"),
        "ARN "
            + LocatedScalar.quote(given)
            + " disagrees with the account, Path and "
            + kind.nameKey()
            + "; expected "
            + expected);
    return null;
  }

  /** Adds {@code problem}, if any, at the entry's {@code key}; true if there was one. */
  private boolean check(LocatedObject entry, NodePath path, String key, String problem) {
    if (problem == null) {
      return false;
    }
    LocatedNode at = entry.get(key);
    fields.problem(at, path.key(key), problem);
    return true;
  }
}
