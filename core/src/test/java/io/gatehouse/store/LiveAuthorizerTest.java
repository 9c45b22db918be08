package io.gatehouse.store;

import static io.gatehouse.store.StoreTestAccounts.ID;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Authorizer;
import io.gatehouse.identity.AccountAuthorizer;
import io.gatehouse.identity.AccountFiles;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.ResourcePolicyProvider;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class LiveAuthorizerTest {
  private final InMemoryAccountStore store = new InMemoryAccountStore(
      Accounts.of(new AccountFiles().read(StoreTestAccounts.YAML, "shop.yaml", null)));

  @Test
  void eachSnapshotIsCompiledThenSwappedWhole() {
    LiveAuthorizer live = LiveAuthorizer.over(store, Authorizer.standard(), ResourcePolicyProvider.NONE,
        Clock.systemUTC(), e -> { throw new AssertionError(e); });
    AccountAuthorizer before = live.current();
    assertFalse(StoreTestAccounts.decide(before, "shop:PutOrder").isAllowed());
    store.update(ID, a -> StoreTestAccounts.allow(a, "shop:PutOrder"));
    AccountAuthorizer after = live.current();
    assertNotSame(before, after);
    assertSame(store.snapshot(), live.accounts());
    assertTrue(StoreTestAccounts.decide(after, "shop:PutOrder").isAllowed());
    // A decision that holds the old authorizer keeps deciding on the old snapshot, whole.
    assertFalse(StoreTestAccounts.decide(before, "shop:PutOrder").isAllowed());
  }

  @Test
  void saveRefusesAChangeMadeFromAnOldVersion() {
    var v1 = store.snapshot().account(ID).orElseThrow();
    store.save(StoreTestAccounts.allow(v1, "shop:A"));
    StaleVersionException e = org.junit.jupiter.api.Assertions.assertThrows(StaleVersionException.class,
        () -> store.save(StoreTestAccounts.allow(v1, "shop:B")));
    assertTrue(e.getMessage().contains("is at version 2, but the change was made from version 1"), e.getMessage());
  }
}
