package io.gatehouse.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.agent.config.Pointcut;
import io.gatehouse.agent.enforce.MethodRule;
import io.gatehouse.agent.enforce.MethodSecurity;
import io.gatehouse.annotation.Authorize;
import io.gatehouse.annotation.ContextKey;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatchers;
import org.junit.jupiter.api.Test;

class MethodRulesTest {
  @RolesAllowed("admins")
  static class Billing {
    @Authorize(action = "billing:GetInvoice", resource = "inv/{id}")
    public String get(String id) {
      return id;
    }

    @Authorize(action = "billing:Refund", resource = "inv/{0}")
    @Authorize(action = "billing:Pay")
    public void refund(String id, @ContextKey("shop:Amount") int amount) {}

    @PermitAll
    public void ping() {}

    @DenyAll
    public void purge() {}

    public void audit() {}

    void internal() {}

    @Authorize(action = "billing:Bad", resource = "inv/{nope}")
    public void broken(String id) {}
  }

  static class Legacy {
    public void deleteAll(String tenant) {}

    public void list() {}
  }

  private final MethodRules rules = new MethodRules(
      List.of(new Pointcut("*$Legacy", "delete*", "billing:DeleteAll", "tenant/{0}")));

  private Optional<MethodRule> rule(Class<?> type, String method) {
    TypeDescription t = TypeDescription.ForLoadedType.of(type);
    MethodDescription m = t.getDeclaredMethods().filter(ElementMatchers.named(method)).getOnly();
    return rules.ruleFor(t, m, getClass().getClassLoader());
  }

  @Test
  void readsAuthorizeWithTheClassLevelRole() {
    MethodRule r = rule(Billing.class, "get").orElseThrow();
    assertEquals(Billing.class.getName() + ".get", r.method());
    assertEquals(new MethodSecurity(MethodSecurity.Kind.ROLES_ALLOWED, List.of("admins")), r.security());
    assertEquals("billing:GetInvoice", r.authorizations().get(0).action());
    assertEquals("inv/7", r.authorizations().get(0).resource().fill(new Object[] {"7"}, k -> List.of()));
  }

  @Test
  void readsRepeatedAuthorizeAndContextKeys() {
    MethodRule r = rule(Billing.class, "refund").orElseThrow();
    assertEquals(List.of("billing:Refund", "billing:Pay"), r.authorizations().stream().map(a -> a.action()).toList());
    assertEquals("*", r.authorizations().get(1).resource().text());
    assertEquals(Map.of(1, "shop:Amount"), r.contextKeys());
  }

  @Test
  void methodLevelAnnotationsBeatTheClass() {
    assertTrue(rule(Billing.class, "ping").isEmpty(), "@PermitAll with nothing else to check is left alone");
    assertEquals(MethodSecurity.Kind.DENY_ALL, rule(Billing.class, "purge").orElseThrow().security().kind());
    assertEquals(MethodSecurity.Kind.ROLES_ALLOWED, rule(Billing.class, "audit").orElseThrow().security().kind());
    assertTrue(rule(Billing.class, "internal").isEmpty(), "class-level roles apply to public methods");
  }

  @Test
  void aTemplateNamingNoParameterDeniesEveryCall() {
    MethodRule r = rule(Billing.class, "broken").orElseThrow();
    assertTrue(r.problem().orElseThrow().contains("{nope}"), r.problem().toString());
  }

  @Test
  void pointcutsApplyToClassesWithoutAnnotations() {
    MethodRule r = rule(Legacy.class, "deleteAll").orElseThrow();
    assertEquals("billing:DeleteAll", r.authorizations().get(0).action());
    assertTrue(rule(Legacy.class, "list").isEmpty());
    assertTrue(rules.hasPointcutFor(Legacy.class.getName()));
  }
}
