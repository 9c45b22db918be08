package com.acme;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/** Standard Jakarta security annotations: the class-level role applies unless the method says otherwise. */
@RolesAllowed("admins")
public class Admin {
  public String audit() {
    return "ok";
  }

  @DenyAll
  public String shutdown() {
    return "ok";
  }

  @PermitAll
  public String status() {
    return "ok";
  }
}
