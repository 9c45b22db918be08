package io.gatehouse.benchmarks;

import io.gatehouse.Enforcer;
import io.gatehouse.RequestContext;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.Caller;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The hand-written alternative to the agent: a {@link java.lang.reflect.Proxy} that makes the same
 * check ({@code billing:GetInvoice} on the invoice, for the caller's account) before each call.
 */
final class EnforcingProxy implements InvocationHandler {
  private final InvoiceService target;
  private final Enforcer enforcer;
  private final Caller caller;

  private EnforcingProxy(InvoiceService target, Enforcer enforcer, Caller caller) {
    this.target = target;
    this.enforcer = enforcer;
    this.caller = caller;
  }

  static InvoiceService wrap(InvoiceService target, Enforcer enforcer, Caller caller) {
    return (InvoiceService) Proxy.newProxyInstance(InvoiceService.class.getClassLoader(),
        new Class<?>[] {InvoiceService.class}, new EnforcingProxy(target, enforcer, caller));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    enforcer.enforce(caller, "billing:GetInvoice", "arn:billing:invoices::" + caller.principal().accountId()
        + ":invoice/" + args[0], RequestContext.empty(), EnforcementPoint.PROGRAMMATIC, RequestInfo.none());
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
