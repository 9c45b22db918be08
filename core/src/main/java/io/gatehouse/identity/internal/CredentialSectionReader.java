package io.gatehouse.identity.internal;

import io.gatehouse.identity.AccessKey;
import io.gatehouse.identity.LoginProfile;
import io.gatehouse.identity.MfaDevice;
import io.gatehouse.identity.SecretEncryption;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the credential sections, which AWS's export lacks: {@code LoginProfiles}, {@code
 * AccessKeys} and {@code MFADevices}, each entry naming its user with {@code UserName}. A user has
 * at most one login profile and two access keys; access key ids and MFA serial numbers are unique.
 * Problems never quote a secret key, a password hash or a seed.
 */
final class CredentialSectionReader {
  static final String LOGIN_PROFILES = "LoginProfiles";
  static final String ACCESS_KEYS = "AccessKeys";
  static final String MFA_DEVICES = "MFADevices";
  private static final List<String> LOGIN_KEYS =
      List.of("UserName", "PasswordHash", "PasswordResetRequired", "CreateDate");
  private static final List<String> KEY_KEYS =
      List.of(
          "UserName",
          "AccessKeyId",
          "SecretAccessKey",
          "Status",
          "CreateDate",
          "LastUsedDate",
          "LastUsedServiceName",
          "LastUsedRegion");
  private static final List<String> MFA_KEYS =
      List.of("UserName", "SerialNumber", "Base32StringSeed", "EnableDate", "LastUsedStep");
  private static final Pattern KEY_ID = Pattern.compile("\\w{16,128}");
  private static final Pattern BASE32 = Pattern.compile("[A-Z2-7]+=*");
  private static final Pattern MFA_NAME = Pattern.compile("[\\w+=/:,.@-]+");
  private static final int MAX_ACCESS_KEYS = 2;

  private final FieldReader fields;
  private final DeclaredNames declared;
  private final String accountId;
  private final SecretEncryption secrets;
  private final Map<String, UserDraft> users = new HashMap<>();
  private final java.util.List<MfaDevice> unassigned = new java.util.ArrayList<>();

  /**
   * Creates a reader that attaches credentials to {@code users}.
   *
   * @param users the users read without problems; credentials of other users are checked but
   *     attached to nobody
   */
  CredentialSectionReader(ReadContext context, List<UserDraft> users) {
    this.fields = context.fields();
    this.declared = context.declared();
    this.accountId = context.accountId();
    this.secrets = context.secrets();
    for (UserDraft u : users) {
      this.users.put(u.name().toLowerCase(Locale.ROOT), u);
    }
  }

  /** Reads the three sections, adding each credential to its user's draft. */
  void read(LocatedObject root) {
    loginProfiles(root);
    accessKeys(root);
    mfaDevices(root);
  }

  private void loginProfiles(LocatedObject root) {
    DuplicateNames owners = new DuplicateNames(fields, "login profile for user", true);
    for (Element e : fields.array(root, NodePath.root(), LOGIN_PROFILES)) {
      LocatedObject o = fields.object(e.node(), e.path());
      if (o == null) {
        continue;
      }
      int before = fields.problemCount();
      fields.onlyKnownKeys(o, e.path(), LOGIN_KEYS);
      String user = user(o, e.path());
      if (user != null) {
        owners.add(user, o.get("UserName"), e.path().key("UserName"));
      }
      String hash = secret(o, e.path(), "PasswordHash");
      boolean reset = fields.bool(o, e.path(), "PasswordResetRequired", false);
      Instant created = fields.date(o, e.path(), "CreateDate");
      UserDraft owner = owner(user);
      if (fields.problemCount() == before && owner != null) {
        owner.builder().loginProfile(new LoginProfile(owner.name(), hash, reset, created));
      }
    }
  }

  private void accessKeys(LocatedObject root) {
    DuplicateNames ids = new DuplicateNames(fields, "access key", false);
    Map<String, Integer> perUser = new HashMap<>();
    for (Element e : fields.array(root, NodePath.root(), ACCESS_KEYS)) {
      LocatedObject o = fields.object(e.node(), e.path());
      if (o == null) {
        continue;
      }
      int before = fields.problemCount();
      fields.onlyKnownKeys(o, e.path(), KEY_KEYS);
      String user = user(o, e.path());
      if (user != null
          && perUser.merge(user.toLowerCase(Locale.ROOT), 1, Integer::sum) > MAX_ACCESS_KEYS) {
        fields.problem(
            o,
            e.path(),
            "user "
                + LocatedScalar.quote(user)
                + " already has "
                + MAX_ACCESS_KEYS
                + " access keys, the most AWS allows");
      }
      String id = fields.requiredString(o, e.path(), "AccessKeyId");
      if (id != null && !KEY_ID.matcher(id).matches()) {
        fields.problem(
            o.get("AccessKeyId"),
            e.path().key("AccessKeyId"),
            "expected an access key id of 16 to 128 letters, digits and underscores, found "
                + LocatedScalar.quote(id));
      } else if (id != null) {
        ids.add(id, o.get("AccessKeyId"), e.path().key("AccessKeyId"));
      }
      String secret = secret(o, e.path(), "SecretAccessKey");
      boolean active = active(o, e.path());
      Instant created = fields.date(o, e.path(), "CreateDate");
      Instant lastUsed = fields.optionalDate(o, e.path(), "LastUsedDate");
      String lastService = fields.optionalString(o, e.path(), "LastUsedServiceName");
      String lastRegion = fields.optionalString(o, e.path(), "LastUsedRegion");
      UserDraft owner = owner(user);
      if (fields.problemCount() == before && owner != null) {
        owner
            .builder()
            .accessKeys()
            .add(new AccessKey(owner.name(), id, secret, active, created, lastUsed, lastService, lastRegion));
      }
    }
  }

  private void mfaDevices(LocatedObject root) {
    DuplicateNames serials = new DuplicateNames(fields, "MFA device", false);
    for (Element e : fields.array(root, NodePath.root(), MFA_DEVICES)) {
      LocatedObject o = fields.object(e.node(), e.path());
      if (o == null) {
        continue;
      }
      int before = fields.problemCount();
      fields.onlyKnownKeys(o, e.path(), MFA_KEYS);
      // A virtual device created but not yet enabled for anyone has neither UserName nor EnableDate.
      boolean assigned = o.get("UserName") != null || o.get("EnableDate") != null;
      String user = assigned ? user(o, e.path()) : null;
      String serial = serialNumber(o, e.path());
      if (serial != null) {
        serials.add(serial, o.get("SerialNumber"), e.path().key("SerialNumber"));
      }
      String seed = secret(o, e.path(), "Base32StringSeed");
      if (seed != null && !BASE32.matcher(seed).matches()) {
        fields.problem(
            o.get("Base32StringSeed"),
            e.path().key("Base32StringSeed"),
            "expected a base-32 seed (letters A-Z and digits 2-7)");
      }
      Instant enabled = assigned ? fields.date(o, e.path(), "EnableDate") : null;
      if (assigned && enabled == null && fields.problemCount() == before) {
        fields.problem(o, e.path().key("EnableDate"), "missing \"EnableDate\" (a device with a UserName is enabled)");
      }
      Long step = fields.integer(o, e.path(), "LastUsedStep");
      if (step != null && step < -1) {
        fields.problem(
            o.get("LastUsedStep"),
            e.path().key("LastUsedStep"),
            "expected a time step of -1 (none yet) or more, found " + step);
      }
      if (!assigned && fields.problemCount() == before) {
        unassigned.add(MfaDevice.unassigned(serial, seed));
        continue;
      }
      UserDraft owner = owner(user);
      if (fields.problemCount() == before && owner != null) {
        owner
            .builder()
            .mfaDevices()
            .add(new MfaDevice(owner.name(), serial, seed, enabled, step == null ? -1 : step));
      }
    }
  }

  /** The virtual MFA devices read that are not enabled for any user yet. */
  java.util.List<MfaDevice> unassignedDevices() {
    return unassigned;
  }

  /** The required {@code UserName}, which must name a user of the file; null after a problem. */
  private String user(LocatedObject o, NodePath path) {
    String name = fields.requiredString(o, path, "UserName");
    if (name != null && !declared.hasUser(name)) {
      fields.problem(
          o.get("UserName"),
          path.key("UserName"),
          "user " + LocatedScalar.quote(name) + " does not exist");
      return null;
    }
    return name;
  }

  private UserDraft owner(String user) {
    return user == null ? null : users.get(user.toLowerCase(Locale.ROOT));
  }

  /** A required, non-empty secret string; problems describe its shape but never its value. */
  private String secret(LocatedObject o, NodePath path, String key) {
    LocatedNode v = fields.required(o, path, key);
    if (v == null) {
      return null;
    }
    if (v instanceof LocatedScalar s && s.isString() && !s.text().isEmpty()) {
      return EncryptedField.open(fields, s, path.key(key), secrets);
    }
    fields.problem(v, path.key(key), "expected a non-empty string");
    return null;
  }

  /** {@code Status}: {@code Active} (also when absent) or {@code Inactive}. */
  private boolean active(LocatedObject o, NodePath path) {
    String status = fields.optionalString(o, path, "Status");
    if (status == null || status.equals("Active")) {
      return true;
    }
    if (!status.equals("Inactive")) {
      fields.problem(
          o.get("Status"),
          path.key("Status"),
          "expected \"Active\" or \"Inactive\", found " + LocatedScalar.quote(status));
    }
    return false;
  }

  /** The required {@code SerialNumber}: an MFA device ARN of the account. */
  private String serialNumber(LocatedObject o, NodePath path) {
    String serial = fields.requiredString(o, path, "SerialNumber");
    if (serial == null || accountId == null) {
      return serial;
    }
    String prefix = "arn:aws:iam::" + accountId + ":mfa/";
    if (serial.startsWith(prefix)
        && MFA_NAME.matcher(serial.substring(prefix.length())).matches()) {
      return serial;
    }
    fields.problem(
        o.get("SerialNumber"),
        path.key("SerialNumber"),
        "expected an MFA device ARN "
            + LocatedScalar.quote(prefix + "NAME")
            + ", found "
            + LocatedScalar.quote(serial));
    return null;
  }
}
