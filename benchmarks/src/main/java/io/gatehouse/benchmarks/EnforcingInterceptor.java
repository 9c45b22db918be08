package io.gatehouse.benchmarks;

import io.gatehouse.Enforcer;
import io.gatehouse.RequestContext;
import io.gatehouse.audit.EnforcementPoint;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.Caller;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;

/**
 * The Spring AOP alternative to the agent: a {@link MethodInterceptor} on a {@link ProxyFactory}
 * proxy that makes the same check as {@link EnforcingProxy} before each call.
 */
final class EnforcingInterceptor implements MethodInterceptor {
  private final Enforcer enforcer;
  private final Caller caller;

  private EnforcingInterceptor(Enforcer enforcer, Caller caller) {
    this.enforcer = enforcer;
    this.caller = caller;
  }

  static InvoiceService wrap(InvoiceService target, Enforcer enforcer, Caller caller) {
    ProxyFactory factory = new ProxyFactory(target);
    factory.addInterface(InvoiceService.class);
    factory.addAdvice(new EnforcingInterceptor(enforcer, caller));
    return (InvoiceService) factory.getProxy(InvoiceService.class.getClassLoader());
  }

  @Override
  public Object invoke(MethodInvocation invocation) throws Throwable {
    enforcer.enforce(caller, "billing:GetInvoice", "arn:billing:invoices::" + caller.principal().accountId()
        + ":invoice/" + invocation.getArguments()[0], RequestContext.empty(), EnforcementPoint.PROGRAMMATIC,
        RequestInfo.none());
    return invocation.proceed();
  }
}
