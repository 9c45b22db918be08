package io.gatehouse.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.casbin.jcasbin.persist.file_adapter.FileAdapter;

/**
 * A scenario's jCasbin enforcer and the benchmark's requests, the counterparts of {@link
 * GatehouseFixture}:
 *
 * <ul>
 *   <li>{@link Outcome#ALLOW}: alice reads her own order.
 *   <li>{@link Outcome#EXPLICIT_DENY}: mallory, who is suspended, reads her own order.
 *   <li>{@link Outcome#IMPLICIT_DENY}: alice reads bob's order; no line matches.
 * </ul>
 */
final class CasbinFixture {

  /**
   * One {@code enforce} call's arguments.
   *
   * @param subject the user
   * @param object the object path
   * @param action the action
   */
  record CasbinRequest(String subject, String object, String action) {}

  private CasbinFixture() {}

  /**
   * The plain (neither cached nor synchronized) enforcer of the scenario, built from the model text
   * and the policy CSV in memory, with jCasbin's logging off as in production.
   */
  static Enforcer enforcer(Scenario scenario) {
    Model model = Model.newModelFromString(CasbinPolicyGenerator.MODEL);
    byte[] csv = new CasbinPolicyGenerator(scenario).policyCsv().getBytes(StandardCharsets.UTF_8);
    return new Enforcer(model, new FileAdapter(new ByteArrayInputStream(csv)), false);
  }

  /** The request that must get the given outcome. */
  static CasbinRequest request(Outcome outcome) {
    switch (outcome) {
      case ALLOW:
        return new CasbinRequest("alice", "/shop/orders/alice/1001", "shop:GetOrder");
      case EXPLICIT_DENY:
        return new CasbinRequest("mallory", "/shop/orders/mallory/1001", "shop:GetOrder");
      default:
        return new CasbinRequest("alice", "/shop/orders/bob/1001", "shop:GetOrder");
    }
  }

  /**
   * Checks that {@code enforce} answered as the benchmark means to measure.
   *
   * @throws IllegalStateException if it did not
   */
  static void requireOutcome(boolean allowed, Outcome expected, Scenario scenario) {
    if (allowed != expected.allowed()) {
      throw new IllegalStateException("scenario " + scenario + ": the " + expected
          + " request was " + (allowed ? "allowed" : "denied") + " by jCasbin");
    }
  }
}
