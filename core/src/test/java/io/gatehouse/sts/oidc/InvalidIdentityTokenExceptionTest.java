package io.gatehouse.sts.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gatehouse.sts.oidc.InvalidIdentityTokenException.Reason;
import org.junit.jupiter.api.Test;

class InvalidIdentityTokenExceptionTest {

  @Test
  void carriesAwsStsErrorCodes() {
    assertEquals("InvalidIdentityToken", Reason.INVALID_IDENTITY_TOKEN.errorCode());
    assertEquals("ExpiredTokenException", Reason.EXPIRED_TOKEN.errorCode());
    InvalidIdentityTokenException invalid = InvalidIdentityTokenException.invalid("bad");
    assertEquals(Reason.INVALID_IDENTITY_TOKEN, invalid.reason());
    assertEquals("InvalidIdentityToken", invalid.errorCode());
    assertEquals("bad", invalid.getMessage());
    assertEquals("ExpiredTokenException", InvalidIdentityTokenException.expired("old").errorCode());
  }
}
