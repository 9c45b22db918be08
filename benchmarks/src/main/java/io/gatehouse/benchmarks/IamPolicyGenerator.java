package io.gatehouse.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the identity-based policies of a {@link Scenario} as IAM policy JSON, the same text on
 * every run (fixed seed).
 *
 * <p>The small scenario is one hand-written policy of three statements. The others are generated:
 * each statement picks a service; three in four name exact actions ({@code shop:GetOrder}), the
 * rest service wildcards ({@code shop:Get*}); a few ({@link Scenario#globalStatements()}) have
 * actions without a service prefix ({@code *}, {@code *:List*}). Resources are ARN patterns, some
 * with {@code ${aws:username}}; one statement in ten is a deny; most carry conditions (see {@link
 * GeneratedConditions}). Two generated statements are replaced by the ones that decide the
 * benchmark requests: {@link #OWN_ORDERS} in the middle policy, {@link #DENY_INSECURE_TRANSPORT} as
 * the very last statement.
 */
final class IamPolicyGenerator {
  /** The seed of every generated policy set. */
  static final long SEED = 0x5EED_6A7EL;

  /** The account of every principal and resource. */
  static final String ACCOUNT = "123456789012";

  /** Lets users read their own orders from the company network: decides the allow. */
  static final PolicyStatementJson OWN_ORDERS = new PolicyStatementJson(
      "OwnOrders",
      false,
      List.of("shop:GetOrder", "shop:ListOrders"),
      List.of("arn:aws:shop:*:" + ACCOUNT + ":order/${aws:username}/*"),
      conditionBlock(
          "IpAddress", "aws:SourceIp", "10.0.0.0/8",
          "DateLessThan", "aws:CurrentTime", "2030-01-01T00:00:00Z"));

  /** Denies every shop action over plain HTTP: decides the explicit deny. */
  static final PolicyStatementJson DENY_INSECURE_TRANSPORT = new PolicyStatementJson(
      "DenyInsecureTransport",
      true,
      List.of("shop:*"),
      List.of("*"),
      conditionBlock("Bool", "aws:SecureTransport", "false"));

  /** Lets the tagged session read the catalog; part of the small scenario. */
  static final PolicyStatementJson READ_CATALOG = new PolicyStatementJson(
      "ReadCatalog",
      false,
      List.of("shop:Get*", "shop:List*"),
      List.of("arn:aws:shop:*:" + ACCOUNT + ":product/*"),
      conditionBlock("ForAnyValue:StringEquals", "aws:TagKeys", "env"));

  private static final List<String> APPLICATION_SERVICES = List.of(
      "shop", "billing", "docs", "inventory", "payments", "search", "media", "notify", "reports",
      "support");
  private static final List<String> RESOURCE_TYPES =
      List.of("order", "receipt", "cart", "invoice", "document", "report", "product");
  private static final List<String> VERBS =
      List.of("Get", "List", "Put", "Update", "Delete", "Describe");
  private static final List<String> READ_VERBS = List.of("Get", "List", "Describe");
  private static final List<String> GLOBAL_ACTIONS =
      List.of("*", "*:Get*", "*:List*", "*:Describe*");

  private final Scenario scenario;
  private final Random random = new Random(SEED);
  private final GeneratedConditions conditions = new GeneratedConditions(random);

  IamPolicyGenerator(Scenario scenario) {
    this.scenario = scenario;
  }

  /** A condition block in the given order, from (operator, key, single value) triples. */
  private static Map<String, Map<String, List<String>>> conditionBlock(String... triples) {
    Map<String, Map<String, List<String>>> block = new LinkedHashMap<>();
    for (int i = 0; i < triples.length; i += 3) {
      block.computeIfAbsent(triples[i], k -> new LinkedHashMap<>())
          .put(triples[i + 1], List.of(triples[i + 2]));
    }
    return block;
  }

  /** The name of the application service with the given number; 0 is {@code shop}. */
  static String service(int number) {
    return number < APPLICATION_SERVICES.size()
        ? APPLICATION_SERVICES.get(number)
        : String.format("app%03d", number);
  }

  /** The policies as JSON documents, in the order they are attached. */
  List<String> policies() {
    if (scenario == Scenario.SMALL) {
      return List.of(PolicyStatementJson.document(
          List.of(OWN_ORDERS, READ_CATALOG, DENY_INSECURE_TRANSPORT)));
    }
    Set<Integer> globalPositions = new HashSet<>();
    while (globalPositions.size() < scenario.globalStatements()) {
      globalPositions.add(random.nextInt(scenario.statements()));
    }
    int ownOrdersPosition = scenario.policies() / 2 * scenario.statementsPerPolicy();
    int lastPosition = scenario.statements() - 1;
    List<String> documents = new ArrayList<>(scenario.policies());
    for (int p = 0; p < scenario.policies(); p++) {
      List<PolicyStatementJson> statements = new ArrayList<>(scenario.statementsPerPolicy());
      for (int s = 0; s < scenario.statementsPerPolicy(); s++) {
        int position = p * scenario.statementsPerPolicy() + s;
        String sid = "P" + p + "S" + s;
        if (position == ownOrdersPosition) {
          statements.add(OWN_ORDERS);
        } else if (position == lastPosition) {
          statements.add(DENY_INSECURE_TRANSPORT);
        } else {
          statements.add(generated(sid, globalPositions.contains(position)));
        }
      }
      documents.add(PolicyStatementJson.document(statements));
    }
    return documents;
  }

  private PolicyStatementJson generated(String sid, boolean global) {
    int serviceNumber = random.nextInt(scenario.services());
    String service = service(serviceNumber);
    boolean deny = random.nextInt(10) == 0;
    List<String> actions = global ? List.of(pick(GLOBAL_ACTIONS)) : actions(serviceNumber);
    // Statements without conditions name only team resources, which no benchmark request asks
    // for, so that they never decide one either.
    boolean conditional = random.nextInt(100) < 85;
    List<String> resources = conditional
        ? resources(service, serviceNumber)
        : List.of(teamResource(service, type(serviceNumber)));
    return new PolicyStatementJson(
        sid,
        deny,
        actions,
        resources,
        conditional ? conditions.failingBlock(service) : Map.of());
  }

  private List<String> actions(int serviceNumber) {
    String service = service(serviceNumber);
    Set<String> actions = new LinkedHashSet<>();
    if (random.nextInt(4) < 3) {
      int count = 1 + random.nextInt(3);
      while (actions.size() < count) {
        actions.add(service + ":" + pick(VERBS) + capitalized(type(serviceNumber)));
      }
    } else {
      int count = 1 + random.nextInt(2);
      while (actions.size() < count) {
        actions.add(service + ":" + pick(READ_VERBS) + "*");
      }
    }
    return List.copyOf(actions);
  }

  private List<String> resources(String service, int serviceNumber) {
    int count = 1 + random.nextInt(2);
    Set<String> resources = new LinkedHashSet<>();
    while (resources.size() < count) {
      String type = type(serviceNumber);
      int shape = random.nextInt(10);
      if (shape < 4) {
        resources.add("arn:aws:" + service + ":*:" + ACCOUNT + ":" + type + "/*");
      } else if (shape < 6) {
        resources.add("arn:aws:" + service + ":*:" + ACCOUNT + ":" + type + "/${aws:username}/*");
      } else if (shape < 7) {
        resources.add("*");
      } else if (shape < 9) {
        resources.add(teamResource(service, type));
      } else {
        resources.add("arn:aws:" + service + ":*:*:" + type + "/*");
      }
    }
    return List.copyOf(resources);
  }

  private String teamResource(String service, String type) {
    return "arn:aws:" + service + ":us-east-1:" + ACCOUNT + ":" + type + "/team-"
        + random.nextInt(100) + "/*";
  }

  /** One of the service's three resource types; {@code shop} has order, receipt and cart. */
  private String type(int serviceNumber) {
    return RESOURCE_TYPES.get((serviceNumber + random.nextInt(3)) % RESOURCE_TYPES.size());
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
