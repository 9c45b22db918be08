package io.gatehouse.identity.internal;

import io.gatehouse.identity.UserBuilder;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code UserDetailList}: users in AWS's {@code UserDetail} shape. Groups in {@code
 * GroupList} must be in {@code GroupDetailList}, which is read first. Credentials come later from
 * their own sections, so users are returned as drafts.
 */
final class UserSectionReader {
  static final String SECTION = "UserDetailList";
  private static final List<String> KEYS =
      List.of(
          "UserName",
          "Path",
          "UserId",
          "Arn",
          "CreateDate",
          "UserPolicyList",
          "GroupList",
          "AttachedManagedPolicies",
          "PermissionsBoundary",
          "Tags");

  private final ReadContext context;
  private final FieldReader fields;
  private final EntityHeaderReader headers;
  private final EntityPartsReader parts;

  UserSectionReader(ReadContext context) {
    this.context = context;
    this.fields = context.fields();
    this.headers = new EntityHeaderReader(fields, context.accountId());
    this.parts = new EntityPartsReader(context);
  }

  /** Reads the section; users with problems are left out (the problems say why). */
  List<UserDraft> read(LocatedObject root) {
    List<UserDraft> out = new ArrayList<>();
    DuplicateNames names = new DuplicateNames(fields, "user name", true);
    for (Element e : fields.array(root, NodePath.root(), SECTION)) {
      LocatedObject o = fields.object(e.node(), e.path());
      if (o == null) {
        continue;
      }
      int before = fields.problemCount();
      fields.onlyKnownKeys(o, e.path(), KEYS);
      EntityHeader h = headers.read(o, e.path(), EntityKind.USER);
      if (h.name() != null) {
        context.declared().user(h.name());
        names.add(h.name(), o.get("UserName"), e.path().key("UserName"));
      }
      UserBuilder user =
          new UserBuilder()
              .name(h.name())
              .path(h.path())
              .userId(h.id())
              .arn(h.arn())
              .createDate(h.createDate())
              .permissionsBoundary(parts.boundary(o, e.path()));
      user.inlinePolicies()
          .addAll(parts.inlinePolicies(o, e.path(), "UserPolicyList", "user/" + h.name()));
      user.groups().addAll(groups(o, e.path()));
      user.attachedPolicies().addAll(parts.attachedPolicies(o, e.path()));
      user.tags().addAll(parts.tags(o, e.path()));
      if (fields.problemCount() == before) {
        out.add(new UserDraft(h.name(), user));
      }
    }
    return out;
  }

  private List<String> groups(LocatedObject user, NodePath path) {
    List<String> out = new ArrayList<>();
    DuplicateNames names = new DuplicateNames(fields, "group", true);
    for (Element g : fields.stringElements(user, path, "GroupList")) {
      String name = FieldReader.text(g);
      if (!context.declared().hasGroup(name)) {
        fields.problem(
            g.node(), g.path(), "group " + LocatedScalar.quote(name) + " does not exist");
      } else if (names.add(name, g.node(), g.path())) {
        out.add(name);
      }
    }
    return out;
  }
}
