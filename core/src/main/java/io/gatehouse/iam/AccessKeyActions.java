package io.gatehouse.iam;

import static io.gatehouse.iam.IamParameter.optional;
import static io.gatehouse.iam.IamParameter.required;
import static io.gatehouse.iam.ResponseElements.page;
import static io.gatehouse.iam.ResponseElements.result;

import io.gatehouse.iam.IamParameter.Type;
import java.util.Map;

/** The access key actions. Only {@code CreateAccessKey}'s result carries a secret. */
final class AccessKeyActions {
  private AccessKeyActions() {}

  static void addTo(ActionTable t) {
    t.withResult("CreateAccessKey", "Creates an access key for a user; the only time its secret is returned.",
        (iam, r) -> result("AccessKey", ResponseElements.newAccessKey(iam.createAccessKey(r.string("UserName")))),
        required("UserName"));
    t.withResult("ListAccessKeys", "Lists a user's access keys, without secrets.",
        (iam, r) -> page("AccessKeyMetadata", iam.listAccessKeys(r.string("UserName"), r.string("Marker"),
            r.integer("MaxItems")), ResponseElements::accessKeyMetadata),
        required("UserName"), optional("Marker"), optional("MaxItems", Type.INTEGER));
    t.withoutResult("UpdateAccessKey", "Sets an access key Active or Inactive.",
        (iam, r) -> iam.updateAccessKey(r.string("UserName"), r.string("AccessKeyId"), r.string("Status")),
        required("UserName"), required("AccessKeyId"), required("Status"));
    t.withoutResult("DeleteAccessKey", "Deletes an access key.",
        (iam, r) -> iam.deleteAccessKey(r.string("UserName"), r.string("AccessKeyId")),
        required("UserName"), required("AccessKeyId"));
    t.withResult("GetAccessKeyLastUsed", "Tells when and for which service an access key was last used.",
        (iam, r) -> {
          AccessKeyLastUsed used = iam.getAccessKeyLastUsed(r.string("AccessKeyId"));
          Map<String, Object> out = result("UserName", used.userName());
          out.put("AccessKeyLastUsed", ResponseElements.accessKeyLastUsed(used));
          return out;
        },
        required("AccessKeyId"));
  }
}
