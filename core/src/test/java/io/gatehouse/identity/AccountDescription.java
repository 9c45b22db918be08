package io.gatehouse.identity;

import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PrincipalElement;
import io.gatehouse.policy.Statement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Describes an account as nested maps and lists, every record component included (found through the
 * records' public accessors, so a component added later is compared too), policy documents without
 * their source locations. Two accounts with equal descriptions hold the same data; the snapshot
 * version is left out, as files do not hold it.
 */
final class AccountDescription {
  private final Set<String> components = new TreeSet<>();
  private final Set<String> set = new TreeSet<>();

  /** The description of {@code account}. */
  static Object of(Account account) {
    return new AccountDescription().describe(account);
  }

  /**
   * The record components ({@code User.permissionsBoundary}, ...) that are null, empty or false in
   * every instance of the account: fields a round trip of this account does not exercise.
   */
  static Set<String> neverSet(Account account) {
    AccountDescription d = new AccountDescription();
    d.describe(account);
    Set<String> out = new TreeSet<>(d.components);
    out.removeAll(d.set);
    return out;
  }

  private Object describe(Account a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("accountId", a.accountId());
    out.put("alias", a.alias());
    out.put("rootArn", a.rootArn());
    out.put("policies", value(a.policies()));
    out.put("users", value(a.users()));
    out.put("groups", value(a.groups()));
    out.put("roles", value(a.roles()));
    out.put("oidcProviders", value(a.oidcProviders()));
    out.put("resourcePolicies", value(a.resourcePolicies()));
    out.put("organization", value(a.organization()));
    out.put("signingKeys", value(a.signingKeys()));
    return out;
  }

  private Object value(Object v) {
    if (v == null
        || v instanceof String
        || v instanceof Boolean
        || v instanceof Number
        || v instanceof Instant
        || v instanceof Duration) {
      return v;
    }
    if (v instanceof PolicyDocument d) {
      return document(d);
    }
    if (v instanceof Record r) {
      return record(r);
    }
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, e) -> out.put(k, value(e)));
      return out;
    }
    if (v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>();
      c.forEach(e -> out.add(value(e)));
      return out;
    }
    throw new IllegalArgumentException("cannot describe " + v.getClass());
  }

  private Object record(Record r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", r.getClass().getSimpleName());
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(r);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
      String name = r.getClass().getSimpleName() + "." + c.getName();
      components.add(name);
      if (v != null
          && !Boolean.FALSE.equals(v)
          && !(v instanceof Collection<?> col && col.isEmpty())
          && !"".equals(v)) {
        set.add(name);
      }
      out.put(c.getName(), value(v));
    }
    return out;
  }

  private Object document(PolicyDocument d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", d.name());
    out.put("version", d.version());
    out.put("versionGiven", d.versionGiven());
    out.put("id", d.id().orElse(null));
    List<Object> statements = new ArrayList<>();
    for (Statement s : d.statements()) {
      statements.add(statement(s));
    }
    out.put("statements", statements);
    return out;
  }

  private static Object statement(Statement s) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("index", s.index());
    out.put("sid", s.sid().orElse(null));
    out.put("effect", s.effect());
    out.put("principal", s.principal().map(AccountDescription::principal).orElse(null));
    out.put("notPrincipal", s.notPrincipal());
    out.put("actions", s.actions());
    out.put("notAction", s.notAction());
    out.put("resources", s.resources());
    out.put("notResource", s.notResource());
    out.put("hasResourceElement", s.hasResourceElement());
    out.put("conditions", s.conditions());
    return out;
  }

  private static Object principal(PrincipalElement p) {
    return p.isAnyone() ? "*" : p.byType();
  }
}
