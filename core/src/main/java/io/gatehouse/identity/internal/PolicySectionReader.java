package io.gatehouse.identity.internal;

import io.gatehouse.identity.ManagedPolicy;
import io.gatehouse.identity.PolicyVersion;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.internal.parse.LocatedArray;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads {@code Policies}: managed policies in AWS's {@code ManagedPolicyDetail} shape, each with
 * its versions. Every version's document is named after the policy ({@code PolicyName}). Exactly
 * one version is the default: the one with {@code IsDefaultVersion: true}, which {@code
 * DefaultVersionId} (if given) must name; a hand-written file may instead give only {@code
 * DefaultVersionId}, or a single version. The counts AWS derives ({@code AttachmentCount}, {@code
 * PermissionsBoundaryUsageCount}, {@code IsAttachable}) are accepted and ignored.
 */
final class PolicySectionReader {
  static final String SECTION = "Policies";
  private static final List<String> KEYS =
      List.of(
          "PolicyName",
          "PolicyId",
          "Arn",
          "Path",
          "DefaultVersionId",
          "AttachmentCount",
          "PermissionsBoundaryUsageCount",
          "IsAttachable",
          "Description",
          "CreateDate",
          "UpdateDate",
          "PolicyVersionList");
  private static final List<String> VERSION_KEYS =
      List.of("Document", "VersionId", "IsDefaultVersion", "CreateDate");
  private static final Pattern VERSION_ID = Pattern.compile("v[1-9][0-9]*");
  private static final int MAX_VERSIONS = 5;

  private final ReadContext context;
  private final FieldReader fields;
  private final EntityHeaderReader headers;

  PolicySectionReader(ReadContext context) {
    this.context = context;
    this.fields = context.fields();
    this.headers = new EntityHeaderReader(fields, context.accountId());
  }

  /** Reads the section; policies with problems are left out (the problems say why). */
  List<ManagedPolicy> read(LocatedObject root) {
    List<ManagedPolicy> out = new ArrayList<>();
    DuplicateNames arns = new DuplicateNames(fields, "policy", true);
    for (Element e : fields.array(root, NodePath.root(), SECTION)) {
      LocatedObject o = fields.object(e.node(), e.path());
      if (o == null) {
        continue;
      }
      int before = fields.problemCount();
      fields.onlyKnownKeys(o, e.path(), KEYS);
      EntityHeader h = headers.read(o, e.path(), EntityKind.POLICY);
      if (o.get("Arn") instanceof LocatedScalar given && given.isString()) {
        context.declared().policy(given.text());
      }
      if (h.arn() != null) {
        context.declared().policy(h.arn());
        arns.add(h.arn(), o.get(o.get("Arn") == null ? "PolicyName" : "Arn"), e.path());
      }
      String description = fields.optionalString(o, e.path(), "Description");
      Instant updated = fields.optionalDate(o, e.path(), "UpdateDate");
      List<PolicyVersion> versions = versions(o, e.path(), h.name() == null ? "" : h.name());
      if (fields.problemCount() == before) {
        out.add(
            new ManagedPolicy(
                h.name(),
                h.path(),
                h.id(),
                h.arn(),
                description,
                versions,
                h.createDate(),
                updated == null ? h.createDate() : updated));
      }
    }
    return out;
  }

  private List<PolicyVersion> versions(LocatedObject policy, NodePath path, String name) {
    LocatedNode listNode = fields.required(policy, path, "PolicyVersionList");
    if (listNode == null) {
      return List.of();
    }
    NodePath listPath = path.key("PolicyVersionList");
    List<Element> elements = fields.elements(listNode, listPath);
    if (elements.isEmpty() && listNode instanceof LocatedArray) {
      fields.problem(
          listNode, listPath, "expected at least one policy version, found an empty array");
    }
    List<VersionEntry> entries = new ArrayList<>();
    DuplicateNames ids = new DuplicateNames(fields, "VersionId", false);
    for (int i = 0; i < elements.size(); i++) {
      Element e = elements.get(i);
      if (i == MAX_VERSIONS) {
        fields.problem(
            e.node(), e.path(), "a managed policy has at most " + MAX_VERSIONS + " versions");
      }
      VersionEntry v = version(e, i, name);
      if (v != null) {
        if (v.versionId() != null) {
          LocatedObject o = (LocatedObject) e.node();
          ids.add(v.versionId(), o.get("VersionId") == null ? o : o.get("VersionId"), e.path());
        }
        entries.add(v);
      }
    }
    return defaultChosen(policy, path, listNode, entries);
  }

  private VersionEntry version(Element e, int index, String name) {
    LocatedObject o = fields.object(e.node(), e.path());
    if (o == null) {
      return null;
    }
    fields.onlyKnownKeys(o, e.path(), VERSION_KEYS);
    LocatedNode docNode = fields.required(o, e.path(), "Document");
    PolicyDocument doc =
        docNode == null ? null : context.policies().readIdentityPolicy(docNode, e.path().key("Document"), name);
    String versionId = "v" + (index + 1);
    if (fields.optional(o, "VersionId") != null) {
      versionId = fields.optionalString(o, e.path(), "VersionId");
      if (versionId != null && !VERSION_ID.matcher(versionId).matches()) {
        fields.problem(
            o.get("VersionId"),
            e.path().key("VersionId"),
            "expected a version id such as \"v1\", found " + LocatedScalar.quote(versionId));
        versionId = null;
      }
    }
    boolean flagged = fields.bool(o, e.path(), "IsDefaultVersion", false);
    Instant created = fields.date(o, e.path(), "CreateDate");
    return new VersionEntry(versionId, doc, flagged, created);
  }

  /** The versions with exactly one default, or after a problem saying why there is not one. */
  private List<PolicyVersion> defaultChosen(
      LocatedObject policy, NodePath path, LocatedNode listNode, List<VersionEntry> entries) {
    String defaultId = fields.optionalString(policy, path, "DefaultVersionId");
    LocatedNode defaultIdNode = policy.get("DefaultVersionId");
    List<VersionEntry> flagged = entries.stream().filter(VersionEntry::flagged).toList();
    String chosen = null;
    if (flagged.size() > 1) {
      fields.problem(
          listNode,
          path.key("PolicyVersionList"),
          "expected exactly one version with IsDefaultVersion true, found " + flagged.size());
    } else if (flagged.size() == 1) {
      chosen = flagged.get(0).versionId();
      if (defaultId != null && chosen != null && !defaultId.equals(chosen)) {
        fields.problem(
            defaultIdNode,
            path.key("DefaultVersionId"),
            "DefaultVersionId "
                + LocatedScalar.quote(defaultId)
                + " disagrees with the version marked IsDefaultVersion, "
                + LocatedScalar.quote(chosen));
      }
    } else if (defaultId != null) {
      chosen = defaultId;
      if (entries.stream().noneMatch(v -> defaultId.equals(v.versionId()))) {
        fields.problem(
            defaultIdNode,
            path.key("DefaultVersionId"),
            "DefaultVersionId "
                + LocatedScalar.quote(defaultId)
                + " names no version of the policy");
      }
    } else if (entries.size() == 1) {
      chosen = entries.get(0).versionId();
    } else if (entries.size() > 1) {
      fields.problem(
          listNode,
          path.key("PolicyVersionList"),
          "expected exactly one version with IsDefaultVersion true, found none");
    }
    List<PolicyVersion> out = new ArrayList<>();
    for (VersionEntry v : entries) {
      if (v.versionId() != null && v.document() != null) {
        out.add(
            new PolicyVersion(
                v.versionId(), v.document(), v.versionId().equals(chosen), v.createDate()));
      }
    }
    return out;
  }

  private record VersionEntry(
      String versionId, PolicyDocument document, boolean flagged, Instant createDate) {}
}
