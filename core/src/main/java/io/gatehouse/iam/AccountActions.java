package io.gatehouse.iam;

import static io.gatehouse.iam.IamParameter.optional;
import static io.gatehouse.iam.ResponseElements.result;

import io.gatehouse.iam.IamParameter.Type;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The whole-account actions: {@code GetAccountAuthorizationDetails} and {@code GetAccountSummary}. */
final class AccountActions {
  private AccountActions() {}

  static void addTo(ActionTable t) {
    t.withResult("GetAccountAuthorizationDetails",
        "Returns the account's users, groups, roles and managed policies with their policies and relations.",
        (iam, r) -> {
          Set<String> types = entityTypes(r.list("Filter"));
          Pagination pagination = Pagination.of(r.string("Marker"), r.integer("MaxItems"));
          return new AuthorizationDetails(iam.getAccountAuthorizationDetails()).page(types, pagination);
        },
        optional("Filter", Type.STRING_LIST), optional("MaxItems", Type.INTEGER), optional("Marker"));
    t.withResult("GetAccountSummary", "Counts the account's entities and shows its quotas.",
        (iam, r) -> result("SummaryMap", new LinkedHashMap<String, Object>(iam.getAccountSummary())));
  }

  private static Set<String> entityTypes(List<String> filter) {
    if (filter == null) {
      return new LinkedHashSet<>(AuthorizationDetails.ENTITY_TYPES);
    }
    Set<String> types = new LinkedHashSet<>();
    for (String type : filter) {
      types.add(Constraints.oneOf(type, "filter.member", AuthorizationDetails.ENTITY_TYPES));
    }
    return types;
  }
}
