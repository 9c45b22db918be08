package io.gatehouse.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates the jCasbin RBAC policy of a {@link Scenario} as CSV text, the same on every run (fixed
 * seed): {@link Scenario#statements()} {@code p} lines and the {@code g} lines that give users
 * their roles.
 *
 * <p>The roles are {@code SERVICE-reader}, {@code -writer} and {@code -admin} of each service, an
 * admin inheriting the writer's permissions and a writer the reader's. A generated {@code p} line
 * grants (or, one in ten, denies) a role an exact action ({@code shop:GetOrder}) or a service
 * wildcard ({@code shop:Get*}) on one team's objects ({@code /shop/orders/team-7/*}), which no
 * benchmark request asks for. Three lines decide the requests: {@link #ALICE_OWN_ORDERS} and {@link
 * #MALLORY_OWN_ORDERS} in the middle, {@link #DENY_SUSPENDED} last, as with the Gatehouse policies
 * (see {@link IamPolicyGenerator}).
 */
final class CasbinPolicyGenerator {
  /** RBAC with deny, matching objects and actions with the regex-free {@code keyMatch}. */
  static final String MODEL = String.join("\n",
      "[request_definition]",
      "r = sub, obj, act",
      "",
      "[policy_definition]",
      "p = sub, obj, act, eft",
      "",
      "[role_definition]",
      "g = _, _",
      "",
      "[policy_effect]",
      "e = some(where (p.eft == allow)) && !some(where (p.eft == deny))",
      "",
      "[matchers]",
      "m = g(r.sub, p.sub) && keyMatch(r.obj, p.obj) && keyMatch(r.act, p.act)",
      "");

  /** Lets alice read her own orders: decides the allow. */
  static final String ALICE_OWN_ORDERS = "p, alice, /shop/orders/alice/*, shop:GetOrder, allow";

  /** Lets mallory read her own orders, which the deny below then overrides. */
  static final String MALLORY_OWN_ORDERS =
      "p, mallory, /shop/orders/mallory/*, shop:GetOrder, allow";

  /** Denies suspended users every shop action: decides the explicit deny. */
  static final String DENY_SUSPENDED = "p, suspended, /shop/*, shop:*, deny";

  private static final List<String> ROLE_LEVELS = List.of("reader", "writer", "admin");
  private static final List<String> RESOURCE_TYPES =
      List.of("order", "receipt", "cart", "invoice", "document", "report", "product");
  private static final List<String> VERBS =
      List.of("Get", "List", "Put", "Update", "Delete", "Describe");
  private static final List<String> READ_VERBS = List.of("Get", "List", "Describe");

  private final Scenario scenario;
  private final Random random = new Random(IamPolicyGenerator.SEED);

  CasbinPolicyGenerator(Scenario scenario) {
    this.scenario = scenario;
  }

  /** The policy as jCasbin's CSV: {@code p} lines first, then {@code g} lines. */
  String policyCsv() {
    List<String> lines = new ArrayList<>(policyLines());
    lines.addAll(roleLines());
    return String.join("\n", lines) + "\n";
  }

  /** The {@code p} lines. */
  List<String> policyLines() {
    if (scenario == Scenario.SMALL) {
      return List.of(ALICE_OWN_ORDERS, MALLORY_OWN_ORDERS, DENY_SUSPENDED);
    }
    int middle = scenario.statements() / 2;
    List<String> lines = new ArrayList<>(scenario.statements());
    for (int i = 0; i < scenario.statements(); i++) {
      if (i == middle) {
        lines.add(ALICE_OWN_ORDERS);
      } else if (i == middle + 1) {
        lines.add(MALLORY_OWN_ORDERS);
      } else if (i == scenario.statements() - 1) {
        lines.add(DENY_SUSPENDED);
      } else {
        lines.add(generatedLine());
      }
    }
    return lines;
  }

  private String generatedLine() {
    int serviceNumber = random.nextInt(scenario.services());
    String service = IamPolicyGenerator.service(serviceNumber);
    String type = RESOURCE_TYPES.get((serviceNumber + random.nextInt(3)) % RESOURCE_TYPES.size());
    String action = random.nextInt(4) < 3
        ? service + ":" + pick(VERBS) + Character.toUpperCase(type.charAt(0)) + type.substring(1)
        : service + ":" + pick(READ_VERBS) + "*";
    String effect = random.nextInt(10) == 0 ? "deny" : "allow";
    return "p, " + service + "-" + pick(ROLE_LEVELS) + ", /" + service + "/" + type + "s/team-"
        + random.nextInt(100) + "/*, " + action + ", " + effect;
  }

  /**
   * The {@code g} lines: the role hierarchy of every service, alice's and mallory's roles, and one
   * to three roles for each other user.
   */
  List<String> roleLines() {
    List<String> lines = new ArrayList<>();
    for (int s = 0; s < scenario.services(); s++) {
      String service = IamPolicyGenerator.service(s);
      lines.add("g, " + service + "-admin, " + service + "-writer");
      lines.add("g, " + service + "-writer, " + service + "-reader");
    }
    lines.add("g, alice, shop-reader");
    lines.add("g, mallory, shop-reader");
    lines.add("g, mallory, suspended");
    if (scenario.services() > 2) {
      lines.add("g, alice, billing-reader");
      lines.add("g, alice, docs-reader");
    }
    for (int u = 0; u < scenario.users() - 2; u++) {
      Set<String> roles = new LinkedHashSet<>();
      int count = 1 + random.nextInt(3);
      while (roles.size() < count) {
        roles.add(IamPolicyGenerator.service(random.nextInt(scenario.services())) + "-"
            + pick(ROLE_LEVELS));
      }
      for (String role : roles) {
        lines.add("g, user-" + u + ", " + role);
      }
    }
    return lines;
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
