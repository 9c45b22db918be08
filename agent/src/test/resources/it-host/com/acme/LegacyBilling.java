package com.acme;

/** A class without annotations, enforced through a pointcut in gatehouse.yaml. */
public class LegacyBilling {
  public String purgeTenant(String tenant) {
    return "purged " + tenant;
  }

  public String version() {
    return "1.0";
  }
}
