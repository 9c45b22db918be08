package io.gatehouse.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the {@code Condition} blocks of generated statements: the operators a real policy set
 * mixes (StringEquals, StringLike, IpAddress, NumericLessThan, Bool, DateLessThan,
 * ForAnyValue:StringEquals), each with values that either hold or fail for the benchmark's
 * requests.
 *
 * <p>Every block has at least one clause that fails for all of the benchmark's requests (see
 * {@link GatehouseFixture}), at a random position among the others, so that a generated statement
 * never decides a benchmark request: only the few statements written for each outcome do. The
 * evaluator still has to match every clause before the failing one.
 */
final class GeneratedConditions {

  /** The clauses a block is made of, one operator and key each. */
  private enum Clause {
    USERNAME_EQUALS("StringEquals", "aws:username"),
    USERNAME_LIKE("StringLike", "aws:username"),
    SOURCE_IP("IpAddress", "aws:SourceIp"),
    AMOUNT_BELOW("NumericLessThan", ":Amount"),
    SECURE_TRANSPORT("Bool", "aws:SecureTransport"),
    MFA_PRESENT("Bool", "aws:MultiFactorAuthPresent"),
    BEFORE_DATE("DateLessThan", "aws:CurrentTime"),
    ANY_TAG_KEY("ForAnyValue:StringEquals", "aws:TagKeys");

    final String operator;
    final String key;

    Clause(String operator, String key) {
      this.operator = operator;
      this.key = key;
    }
  }

  private final Random random;

  GeneratedConditions(Random random) {
    this.random = random;
  }

  /**
   * A block of one to three clauses of which at least one fails for every benchmark request.
   *
   * @param service the statement's service, the prefix of its service-specific key
   */
  Map<String, Map<String, List<String>>> failingBlock(String service) {
    List<Clause> clauses = new ArrayList<>(List.of(Clause.values()));
    Collections.shuffle(clauses, random);
    int count = 1 + random.nextInt(3);
    Map<String, Map<String, List<String>>> block = new LinkedHashMap<>();
    boolean failingWritten = false;
    int failingPosition = random.nextInt(count);
    for (int i = 0, written = 0; written < count; i++) {
      Clause clause = clauses.get(i);
      boolean failing = i >= failingPosition && !failingWritten;
      // SecureTransport is true for two of the three requests, MFA absent for all: the first can
      // only be a holding clause, the second only a failing one.
      if (failing ? clause == Clause.SECURE_TRANSPORT : clause == Clause.MFA_PRESENT) {
        continue;
      }
      String key = clause == Clause.AMOUNT_BELOW ? service + clause.key : clause.key;
      block.computeIfAbsent(clause.operator, k -> new LinkedHashMap<>())
          .put(key, failing ? failingValues(clause) : holdingValues(clause));
      failingWritten |= failing;
      written++;
    }
    return block;
  }

  private List<String> holdingValues(Clause clause) {
    switch (clause) {
      case USERNAME_EQUALS:
        return List.of(user(), GatehouseFixture.USERNAME, user());
      case USERNAME_LIKE:
        return List.of("svc-*", GatehouseFixture.USERNAME.charAt(0) + "*");
      case SOURCE_IP:
        return random.nextBoolean()
            ? List.of("10.0.0.0/8")
            : List.of("192.168." + random.nextInt(256) + ".0/24", "10.20.0.0/16");
      case AMOUNT_BELOW:
        return List.of(String.valueOf(1_000 + random.nextInt(9_000)));
      case SECURE_TRANSPORT:
        return List.of("true");
      case BEFORE_DATE:
        return List.of("2030-0" + (1 + random.nextInt(9)) + "-01T00:00:00Z");
      case ANY_TAG_KEY:
        return List.of("project", "team");
      default:
        throw new IllegalArgumentException("no holding values for " + clause);
    }
  }

  private List<String> failingValues(Clause clause) {
    switch (clause) {
      case USERNAME_EQUALS:
        return List.of(user(), user());
      case USERNAME_LIKE:
        return List.of("team-" + random.nextInt(100) + "-*");
      case SOURCE_IP:
        return List.of(
            "172.16." + random.nextInt(256) + ".0/24", "192.168." + random.nextInt(256) + ".0/24");
      case AMOUNT_BELOW:
        return List.of(String.valueOf(10 + random.nextInt(240)));
      case MFA_PRESENT:
        return List.of("true");
      case BEFORE_DATE:
        return List.of("2025-0" + (1 + random.nextInt(9)) + "-01T00:00:00Z");
      case ANY_TAG_KEY:
        return List.of("cost-center", "owner");
      default:
        throw new IllegalArgumentException("no failing values for " + clause);
    }
  }

  private String user() {
    return "user-" + random.nextInt(10_000);
  }
}
