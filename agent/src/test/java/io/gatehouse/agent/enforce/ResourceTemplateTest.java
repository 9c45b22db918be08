package io.gatehouse.agent.enforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ResourceTemplateTest {
  record Order(String id, Customer customer) {}

  public static final class Customer {
    public final String region = "eu";

    public String getName() {
      return "alice";
    }
  }

  private static final Function<String, List<String>> KEYS =
      k -> Map.of("aws:PrincipalAccount", List.of("123456789012")).getOrDefault(k, List.of());

  @Test
  void fillsParametersByNameAndPositionAndContextKeys() {
    ResourceTemplate t = ResourceTemplate.parse("arn:shop:orders::${aws:PrincipalAccount}:order/{orderId}/{1}")
        .bind(List.of("orderId", "line"));
    assertFalse(t.readsRequestKeys(), "${aws:PrincipalAccount} comes from the caller");
    assertEquals("arn:shop:orders::123456789012:order/7/3", t.fill(new Object[] {"7", 3}, KEYS));
    assertEquals("arn:shop:orders::210987654321:order/7/3", t.fill(new Object[] {"7", 3}, "210987654321",
        k -> {
          throw new AssertionError("no key is read: " + k);
        }));
    ResourceTemplate user = ResourceTemplate.parse("arn:shop:carts::${aws:PrincipalAccount}:cart/${aws:username}")
        .bind(List.of());
    assertTrue(user.readsRequestKeys());
    assertEquals("arn:shop:carts::1:cart/alice", user.fill(new Object[0], "1", k -> List.of("alice")));
  }

  @Test
  void readsRecordComponentsGettersAndPublicFields() {
    ResourceTemplate t = ResourceTemplate.parse("order/{order.id}/{order.customer.name}/{order.customer.region}")
        .bind(List.of("order"));
    assertFalse(t.readsRequestKeys());
    assertEquals("order/7/alice/eu", t.fill(new Object[] {new Order("7", new Customer())}, KEYS));
  }

  @Test
  void refusesUnknownParametersWhenBound() {
    ResourceTemplate t = ResourceTemplate.parse("order/{orderId}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.bind(List.of("arg0")));
    assertTrue(e.getMessage().contains("-parameters"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ResourceTemplate.parse("order/{2}").bind(List.of("a")));
  }

  @Test
  void refusesMalformedTemplates() {
    assertThrows(IllegalArgumentException.class, () -> ResourceTemplate.parse("order/{id"));
    assertThrows(IllegalArgumentException.class, () -> ResourceTemplate.parse("order/${}"));
    assertThrows(IllegalArgumentException.class, () -> ResourceTemplate.parse("order/{a..b}"));
  }

  @Test
  void aPlaceholderWithoutAValueCannotBeFilled() {
    ResourceTemplate t = ResourceTemplate.parse("order/{0}/${shop:Missing}").bind(List.of("id"));
    assertThrows(IllegalArgumentException.class, () -> t.fill(new Object[] {null}, KEYS));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.fill(new Object[] {"7"}, KEYS));
    assertTrue(e.getMessage().contains("${shop:Missing}"), e.getMessage());
    ResourceTemplate property = ResourceTemplate.parse("{0.nothing}").bind(List.of("id"));
    assertThrows(IllegalArgumentException.class, () -> property.fill(new Object[] {"7"}, KEYS));
  }

  @Test
  void anUnboundTemplateCannotBeFilled() {
    assertThrows(IllegalStateException.class, () -> ResourceTemplate.parse("{id}").fill(new Object[] {"7"}, KEYS));
  }

  @Test
  void fillsEveryShapeTheSame() {
    Object[] args = {"a", 2, 3L, "d"};
    List<String> names = List.of("w", "x", "y", "z");
    assertEquals("plain", ResourceTemplate.parse("plain").bind(names).fill(args, KEYS));
    assertEquals("a", ResourceTemplate.parse("{w}").bind(names).fill(args, KEYS));
    assertEquals("1:a/2-3", ResourceTemplate.parse("${aws:PrincipalAccount}:{0}/{1}-{2}").bind(names)
        .fill(args, "1", null));
    assertEquals("a/2/3/d", ResourceTemplate.parse("{w}/{x}/{y}/{z}").bind(names).fill(args, KEYS),
        "four placeholders");
    assertEquals("\u0001a\u0002", ResourceTemplate.parse("\u0001{w}\u0002").bind(names).fill(args, KEYS),
        "literals with the concatenation recipe's tag characters");
  }

  @Test
  void boundTemplatesOfOneToThreePlaceholdersHaveTheirOwnConcatenation() {
    List<String> names = List.of("w", "x", "y", "z");
    assertTrue(ResourceTemplate.parse("a/{w}/{x}").bind(names).hasOwnConcatenation());
    assertTrue(ResourceTemplate.parse("${aws:PrincipalAccount}:{0}/{1}").bind(names).hasOwnConcatenation());
    assertFalse(ResourceTemplate.parse("{w}/{x}/{y}/{z}").bind(names).hasOwnConcatenation(), "four placeholders");
    assertFalse(ResourceTemplate.parse("a/{w}").hasOwnConcatenation(), "not bound");
  }
}
