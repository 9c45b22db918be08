package io.gatehouse.identity.internal;

import io.gatehouse.identity.Group;
import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.NodePath;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code GroupDetailList}: groups in AWS's {@code GroupDetail} shape. */
final class GroupSectionReader {
  static final String SECTION = "GroupDetailList";
  private static final List<String> KEYS =
      List.of(
          "GroupName",
          "Path",
          "GroupId",
          "Arn",
          "CreateDate",
          "GroupPolicyList",
          "AttachedManagedPolicies");

  private final ReadContext context;
  private final FieldReader fields;
  private final EntityHeaderReader headers;
  private final EntityPartsReader parts;

  GroupSectionReader(ReadContext context) {
    this.context = context;
    this.fields = context.fields();
    this.headers = new EntityHeaderReader(fields, context.accountId());
    this.parts = new EntityPartsReader(context);
  }

  /** Reads the section; groups with problems are left out (the problems say why). */
  List<Group> read(LocatedObject root) {
    List<Group> out = new ArrayList<>();
    DuplicateNames names = new DuplicateNames(fields, "group name", true);
    for (Element e : fields.array(root, NodePath.root(), SECTION)) {
      LocatedObject o = fields.object(e.node(), e.path());
      if (o == null) {
        continue;
      }
      int before = fields.problemCount();
      fields.onlyKnownKeys(o, e.path(), KEYS);
      EntityHeader h = headers.read(o, e.path(), EntityKind.GROUP);
      if (h.name() != null) {
        context.declared().group(h.name());
        names.add(h.name(), o.get("GroupName"), e.path().key("GroupName"));
      }
      String owner = "group/" + h.name();
      List<InlinePolicy> inline = parts.inlinePolicies(o, e.path(), "GroupPolicyList", owner);
      List<String> attached = parts.attachedPolicies(o, e.path());
      if (fields.problemCount() == before) {
        out.add(new Group(h.name(), h.path(), h.id(), h.arn(), h.createDate(), attached, inline));
      }
    }
    return out;
  }
}
