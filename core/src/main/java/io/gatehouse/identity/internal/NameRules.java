package io.gatehouse.identity.internal;

import io.gatehouse.policy.internal.parse.LocatedScalar;
import java.util.regex.Pattern;

/**
 * AWS's rules for IAM names, paths, ids and the ARNs made from them. Each check returns null when
 * the value is acceptable, otherwise the problem's message.
 */
final class NameRules {
  private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]+");
  private static final Pattern PATH = Pattern.compile("/|/[\\x21-\\x7E]+/");
  private static final Pattern ID = Pattern.compile("\\w{16,128}");
  private static final Pattern ALIAS = Pattern.compile("[a-z0-9](?:[a-z0-9]|-(?!-)){1,61}[a-z0-9]");
  private static final int MAX_PATH = 512;

  private NameRules() {}

  /**
   * Checks a user, group, role or policy name: 1 to {@code max} letters, digits and {@code
   * _+=,.@-}.
   *
   * @param noun how the problem names it, e.g. "user name"
   */
  static String checkName(String noun, String name, int max) {
    if (name.length() <= max && NAME.matcher(name).matches()) {
      return null;
    }
    return "expected a "
        + noun
        + " of 1 to "
        + max
        + " letters, digits and _+=,.@- characters, found "
        + LocatedScalar.quote(name);
  }

  /** Checks a path: {@code /} or {@code /.../} of printable ASCII, at most 512 characters. */
  static String checkPath(String path) {
    if (path.length() <= MAX_PATH && PATH.matcher(path).matches()) {
      return null;
    }
    return "expected \"/\" or a path that starts and ends with \"/\" (printable ASCII, at most "
        + MAX_PATH
        + " characters), found "
        + LocatedScalar.quote(path);
  }

  /** Checks a unique id such as {@code AIDA...}: 16 to 128 letters, digits and underscores. */
  static String checkId(String id) {
    return ID.matcher(id).matches()
        ? null
        : "expected an id of 16 to 128 letters, digits and underscores, found "
            + LocatedScalar.quote(id);
  }

  /** Checks an account alias: 3 to 63 lowercase letters, digits and single hyphens. */
  static String checkAlias(String alias) {
    return ALIAS.matcher(alias).matches()
        ? null
        : "expected an account alias of 3 to 63 lowercase letters, digits and hyphens, found "
            + LocatedScalar.quote(alias);
  }

  /**
   * The ARN of an IAM entity, e.g. {@code arn:aws:iam::123456789012:user/division/alice}.
   *
   * @param account the account id, or {@code aws} for AWS managed policies
   * @param type {@code user}, {@code group}, {@code role} or {@code policy}
   */
  static String arn(String account, String type, String path, String name) {
    return "arn:aws:iam::" + account + ":" + type + path + name;
  }

  /** The name at the end of an IAM ARN: what follows its last {@code /}. */
  static String lastSegment(String arn) {
    return arn.substring(arn.lastIndexOf('/') + 1);
  }
}
