package io.gatehouse.benchmarks;

import java.util.Locale;

/**
 * The size of the policy set a benchmark decides against, the same for Gatehouse and jCasbin.
 *
 * <p>Gatehouse: {@link #policies()} identity-based policies of {@link #statementsPerPolicy()}
 * statements each, spread over {@link #services()} services, of which {@link #globalStatements()}
 * apply to every action. jCasbin: {@link #statements()} {@code p} lines over the roles of the same
 * services, and {@link #users()} users holding roles through {@code g} lines.
 */
public enum Scenario {
  /** One policy of three statements; three {@code p} lines. */
  SMALL(1, 3, 1, 0, 2),
  /** 100 policies, 1,000 statements over 10 application services; 1,000 {@code p} lines. */
  MEDIUM(100, 10, 10, 10, 100),
  /**
   * 1,000 policies, 10,000 statements over 500 services, only about 20 of them in the requested
   * service; 10,000 {@code p} lines.
   */
  LARGE(1_000, 10, 500, 10, 1_000);

  private final int policies;
  private final int statementsPerPolicy;
  private final int services;
  private final int globalStatements;
  private final int users;

  Scenario(int policies, int statementsPerPolicy, int services, int globalStatements, int users) {
    this.policies = policies;
    this.statementsPerPolicy = statementsPerPolicy;
    this.services = services;
    this.globalStatements = globalStatements;
    this.users = users;
  }

  /**
   * The scenario of a JMH parameter value: {@code small}, {@code medium} or {@code large}.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static Scenario named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /** How many identity-based policies the principal has. */
  public int policies() {
    return policies;
  }

  /** How many statements each policy holds. */
  public int statementsPerPolicy() {
    return statementsPerPolicy;
  }

  /** Statements in all (Gatehouse) and {@code p} lines (jCasbin). */
  public int statements() {
    return policies * statementsPerPolicy;
  }

  /** How many services the statements are spread over; {@code shop} is always one of them. */
  public int services() {
    return services;
  }

  /** How many statements have an action pattern without a service prefix, such as {@code *}. */
  public int globalStatements() {
    return globalStatements;
  }

  /** How many users the jCasbin role assignments name, the requesting users included. */
  public int users() {
    return users;
  }

  /** The JMH parameter value. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
