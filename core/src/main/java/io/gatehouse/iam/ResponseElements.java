package io.gatehouse.iam;

import io.gatehouse.identity.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The elements of IAM's Query responses built from the service's result records: maps with AWS's
 * members in AWS's order, lists for AWS lists, absent members left out. Policy documents are
 * URL-encoded JSON and binary members base-64, as in AWS's XML.
 */
final class ResponseElements {
  private ResponseElements() {}

  /** A map holding one result member. */
  static Map<String, Object> result(String name, Object value) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(name, value);
    return out;
  }

  /**
   * A page as AWS lists it: the items under {@code listName}, {@code IsTruncated}, and {@code
   * Marker} only when truncated.
   */
  static <T> Map<String, Object> page(String listName, IamPage<T> page, Function<T, Object> element) {
    Map<String, Object> out = result(listName, list(page.items(), element));
    pageEnd(out, page);
    return out;
  }

  /** Adds {@code IsTruncated} and, when truncated, {@code Marker}. */
  static void pageEnd(Map<String, Object> out, IamPage<?> page) {
    out.put("IsTruncated", page.isTruncated());
    putIfSet(out, "Marker", page.marker());
  }

  static <T> List<Object> list(List<T> items, Function<T, Object> element) {
    List<Object> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(element.apply(item));
    }
    return out;
  }

  /**
   * AWS's {@code User}. Listings ({@code ListUsers}, {@code GetGroup}) leave out the boundary and
   * tags, as AWS does.
   */
  static Map<String, Object> user(IamUser u, boolean withBoundaryAndTags) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Path", u.path());
    out.put("UserName", u.userName());
    out.put("UserId", u.userId());
    out.put("Arn", u.arn());
    out.put("CreateDate", u.createDate());
    if (withBoundaryAndTags) {
      putBoundary(out, u.permissionsBoundary());
      putTags(out, u.tags());
    }
    return out;
  }

  static Map<String, Object> listedUser(IamUser u) {
    return user(u, false);
  }

  /** AWS's {@code Group}. */
  static Map<String, Object> group(IamGroup g) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Path", g.path());
    out.put("GroupName", g.groupName());
    out.put("GroupId", g.groupId());
    out.put("Arn", g.arn());
    out.put("CreateDate", g.createDate());
    return out;
  }

  /** AWS's {@code Role}; {@code ListRoles} leaves out the boundary and tags, as AWS does. */
  static Map<String, Object> role(IamRole r, boolean withBoundaryAndTags) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Path", r.path());
    out.put("RoleName", r.roleName());
    out.put("RoleId", r.roleId());
    out.put("Arn", r.arn());
    out.put("CreateDate", r.createDate());
    out.put("AssumeRolePolicyDocument", UrlEncodedPolicy.encode(r.assumeRolePolicyDocument()));
    if (!r.description().isEmpty()) {
      out.put("Description", r.description());
    }
    out.put("MaxSessionDuration", r.maxSessionDuration());
    if (withBoundaryAndTags) {
      putBoundary(out, r.permissionsBoundary());
      putTags(out, r.tags());
    }
    return out;
  }

  static Map<String, Object> listedRole(IamRole r) {
    return role(r, false);
  }

  /** AWS's {@code Policy}; {@code ListPolicies} leaves out the description, as AWS does. */
  static Map<String, Object> policy(IamPolicy p, boolean withDescription) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("PolicyName", p.policyName());
    putIfSet(out, "PolicyId", p.policyId());
    out.put("Arn", p.arn());
    out.put("Path", p.path());
    out.put("DefaultVersionId", p.defaultVersionId());
    out.put("AttachmentCount", p.attachmentCount());
    out.put("PermissionsBoundaryUsageCount", p.permissionsBoundaryUsageCount());
    out.put("IsAttachable", p.isAttachable());
    if (withDescription && p.description() != null && !p.description().isEmpty()) {
      out.put("Description", p.description());
    }
    putIfSet(out, "CreateDate", p.createDate());
    putIfSet(out, "UpdateDate", p.updateDate());
    return out;
  }

  static Map<String, Object> listedPolicy(IamPolicy p) {
    return policy(p, false);
  }

  /**
   * AWS's {@code PolicyVersion}; the document only where AWS returns it ({@code GetPolicyVersion},
   * not {@code CreatePolicyVersion} or {@code ListPolicyVersions}).
   */
  static Map<String, Object> policyVersion(IamPolicyVersion v, boolean withDocument) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (withDocument) {
      out.put("Document", UrlEncodedPolicy.encode(v.document()));
    }
    out.put("VersionId", v.versionId());
    out.put("IsDefaultVersion", v.isDefaultVersion());
    putIfSet(out, "CreateDate", v.createDate());
    return out;
  }

  static Map<String, Object> listedPolicyVersion(IamPolicyVersion v) {
    return policyVersion(v, false);
  }

  /** AWS's {@code AttachedPolicy}. */
  static Map<String, Object> attachedPolicy(AttachedPolicy a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("PolicyName", a.policyName());
    out.put("PolicyArn", a.policyArn());
    return out;
  }

  /** AWS's {@code Tag}. */
  static Map<String, Object> tag(Tag t) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Key", t.key());
    out.put("Value", t.value());
    return out;
  }

  /** AWS's {@code AccessKey}: the only element that carries a secret access key. */
  static Map<String, Object> newAccessKey(NewAccessKey k) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("UserName", k.userName());
    out.put("AccessKeyId", k.accessKeyId());
    out.put("Status", k.status());
    out.put("SecretAccessKey", k.secretAccessKey());
    out.put("CreateDate", k.createDate());
    return out;
  }

  /** AWS's {@code AccessKeyMetadata}: no secret. */
  static Map<String, Object> accessKeyMetadata(AccessKeyMetadata k) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("UserName", k.userName());
    out.put("AccessKeyId", k.accessKeyId());
    out.put("Status", k.status());
    out.put("CreateDate", k.createDate());
    return out;
  }

  /** AWS's {@code AccessKeyLastUsed}: no date for a key never used. */
  static Map<String, Object> accessKeyLastUsed(AccessKeyLastUsed u) {
    Map<String, Object> out = new LinkedHashMap<>();
    putIfSet(out, "LastUsedDate", u.lastUsedDate());
    out.put("ServiceName", u.serviceName());
    out.put("Region", u.region());
    return out;
  }

  /** AWS's {@code LoginProfile}: never the password. */
  static Map<String, Object> loginProfile(IamLoginProfile p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("UserName", p.userName());
    out.put("CreateDate", p.createDate());
    out.put("PasswordResetRequired", p.passwordResetRequired());
    return out;
  }

  /** AWS's {@code MFADevice}. */
  static Map<String, Object> mfaDevice(IamMfaDevice d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("UserName", d.userName());
    out.put("SerialNumber", d.serialNumber());
    out.put("EnableDate", d.enableDate());
    return out;
  }

  /** AWS's {@code VirtualMFADevice} as listed: no seed. */
  static Map<String, Object> virtualMfaDevice(IamVirtualMfaDevice d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("SerialNumber", d.serialNumber());
    if (d.user() != null) {
      out.put("User", user(d.user(), false));
    }
    putIfSet(out, "EnableDate", d.enableDate());
    return out;
  }

  /**
   * AWS's {@code VirtualMFADevice} as created: the only element that carries a seed. AWS's {@code
   * Base32StringSeed} is binary data (the base32 text's bytes), so it is written base-64, as in
   * AWS's XML. No {@code QRCodePNG}: Gatehouse does not draw QR codes.
   */
  static Map<String, Object> newVirtualMfaDevice(NewVirtualMfaDevice d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("SerialNumber", d.serialNumber());
    out.put("Base32StringSeed",
        Base64.getEncoder().encodeToString(d.base32StringSeed().getBytes(StandardCharsets.US_ASCII)));
    return out;
  }

  /** AWS's {@code PermissionsBoundary} ({@code AttachedPermissionsBoundary}), if set. */
  static void putBoundary(Map<String, Object> out, String arn) {
    if (arn != null) {
      Map<String, Object> boundary = new LinkedHashMap<>();
      boundary.put("PermissionsBoundaryType", "PermissionsBoundaryPolicy");
      boundary.put("PermissionsBoundaryArn", arn);
      out.put("PermissionsBoundary", boundary);
    }
  }

  /** {@code Tags}, if there are any (AWS leaves the member out otherwise). */
  static void putTags(Map<String, Object> out, List<Tag> tags) {
    if (!tags.isEmpty()) {
      out.put("Tags", list(tags, ResponseElements::tag));
    }
  }

  static void putIfSet(Map<String, Object> out, String name, Object value) {
    if (value != null) {
      out.put(name, value);
    }
  }
}
