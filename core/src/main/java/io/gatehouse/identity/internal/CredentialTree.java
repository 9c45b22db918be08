package io.gatehouse.identity.internal;

import io.gatehouse.identity.AccessKey;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.LoginProfile;
import io.gatehouse.identity.MfaDevice;
import io.gatehouse.identity.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the credential sections of an account file ({@code LoginProfiles}, {@code AccessKeys},
 * {@code MFADevices}), user by user in the account's order. A section is left out when empty.
 */
final class CredentialTree {
  private final SecretWriter secrets;

  CredentialTree(SecretWriter secrets) {
    this.secrets = secrets;
  }

  /** Adds the non-empty credential sections of {@code account} to {@code file}. */
  void addTo(Map<String, Object> file, Account account) {
    List<Object> logins = new ArrayList<>();
    List<Object> keys = new ArrayList<>();
    List<Object> devices = new ArrayList<>();
    for (User u : account.users()) {
      u.login().ifPresent(p -> logins.add(login(u, p)));
      for (AccessKey k : u.accessKeys()) {
        keys.add(accessKey(u, k));
      }
      for (MfaDevice d : u.mfaDevices()) {
        devices.add(mfaDevice(u, d));
      }
    }
    for (MfaDevice d : account.virtualMfaDevices()) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("SerialNumber", d.serialNumber());
      out.put("Base32StringSeed", secrets.write(d.seedBase32()));
      devices.add(out);
    }
    AccountTree.putIfAny(file, CredentialSectionReader.LOGIN_PROFILES, logins);
    AccountTree.putIfAny(file, CredentialSectionReader.ACCESS_KEYS, keys);
    AccountTree.putIfAny(file, CredentialSectionReader.MFA_DEVICES, devices);
  }

  private static Map<String, Object> login(User u, LoginProfile p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("UserName", u.name());
    out.put("PasswordHash", p.passwordHash());
    out.put("PasswordResetRequired", p.passwordResetRequired());
    out.put("CreateDate", AccountTree.date(p.createDate()));
    return out;
  }

  private Map<String, Object> accessKey(User u, AccessKey k) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("UserName", u.name());
    out.put("AccessKeyId", k.accessKeyId());
    out.put("SecretAccessKey", secrets.write(k.secretAccessKey()));
    out.put("Status", k.status());
    out.put("CreateDate", AccountTree.date(k.createDate()));
    AccountTree.putIfSet(out, "LastUsedDate", AccountTree.date(k.lastUsedDate()));
    AccountTree.putIfSet(out, "LastUsedServiceName", k.lastUsedService());
    AccountTree.putIfSet(out, "LastUsedRegion", k.lastUsedRegion());
    return out;
  }

  private Map<String, Object> mfaDevice(User u, MfaDevice d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("UserName", u.name());
    out.put("SerialNumber", d.serialNumber());
    out.put("Base32StringSeed", secrets.write(d.seedBase32()));
    out.put("EnableDate", AccountTree.date(d.enableDate()));
    out.put("LastUsedStep", d.lastUsedStep());
    return out;
  }
}
