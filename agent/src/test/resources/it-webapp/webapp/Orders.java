package webapp;

import io.gatehouse.annotation.Authorize;
import io.gatehouse.context.Gatehouse;
import java.util.function.Function;

/** A class of a web application that bundles its own copy of the Gatehouse annotations. */
public class Orders implements Function<String, String> {
  @Authorize(action = "shop:ViewOrder", resource = "arn:shop:orders::${aws:PrincipalAccount}:order/{0}")
  public String view(String id) {
    return "order " + id;
  }

  @Override
  public String apply(String input) {
    if (input.equals("loader")) {
      return String.valueOf(Gatehouse.class.getClassLoader().getName());
    }
    if (input.equals("current")) {
      return Gatehouse.current().map(c -> c.principalArn()).orElse("none");
    }
    try {
      return Gatehouse.runAs(input, () -> view("5"));
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
