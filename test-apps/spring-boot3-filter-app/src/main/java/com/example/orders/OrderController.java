package com.example.orders;

import io.gatehouse.context.CallContext;
import io.gatehouse.context.Gatehouse;
import java.util.concurrent.Callable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders. The filter has decided each route before a method here runs; the methods read the caller
 * it bound ({@link Gatehouse#current()}), and {@link #refund} asks for one more decision of its own.
 */
@RestController
@RequestMapping("/orders")
public class OrderController {
  private final OrderAccount account;

  /** The controller over the account whose orders these are. */
  public OrderController(OrderAccount account) {
    this.account = account;
  }

  /** One order, and who read it. */
  @GetMapping("/{id}")
  public String find(@PathVariable String id) {
    return "order " + id + " read by " + caller();
  }

  /**
   * An order's status, worked out on Spring MVC's task executor rather than Tomcat's thread: the
   * executor's {@link GatehouseFilterConfiguration#callerToTasks() task decorator} carries the caller
   * there.
   */
  @GetMapping("/{id}/status")
  public Callable<String> status(@PathVariable String id) {
    return () -> "order " + id + " shipped, looked up on " + Thread.currentThread().getName() + " for " + caller();
  }

  /** Changes an order (the filter's route maps the {@code X-Channel} header to a condition key). */
  @PutMapping("/{id}")
  public String change(@PathVariable String id, @RequestHeader("X-Channel") String channel) {
    return "order " + id + " changed through " + channel + " by " + caller();
  }

  /**
   * Refunds an order: the route lets the caller ask, and the refund itself is decided here, for the
   * same caller, by {@link Gatehouse#check}, which throws Gatehouse's {@code AccessDeniedException}
   * (answered by the filter with its 403) when no policy allows it.
   */
  @PostMapping("/{id}/refund")
  public String refund(@PathVariable String id) {
    Gatehouse.check("shop:RefundOrder", account.orderArn(id));
    return "order " + id + " refunded by " + caller();
  }

  private static String caller() {
    return Gatehouse.current().map(CallContext::principalArn).orElse("nobody");
  }
}
