package io.gatehouse.policy.internal.variables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContextKeyNamesTest {

  @Test
  void lowerCasesEveryKeyAsLocaleRootDoes() {
    for (String key : new String[] {"aws:SourceIp", "AWS:SOURCEIP", "aws:sourceip", "shop:Amount",
        "aws:PrincipalTag/Team", "", "K\u0130"}) {
      assertEquals(key.toLowerCase(Locale.ROOT), ContextKeyNames.lowerCase(key), key);
    }
  }

  @Test
  void globalKeysShareOneString() {
    String shared = ContextKeyNames.lowerCase("aws:SourceIp");
    assertSame(shared, ContextKeyNames.lowerCase("AWS:SOURCEIP"));
    assertSame(shared, ContextKeyNames.lowerCase(new String("aws:sourceip")));
    assertSame(ContextKeyNames.lowerCase("aws:username"),
        ContextKeyNames.lowerCase(new StringBuilder("aws:UserName").toString()));
  }
}
