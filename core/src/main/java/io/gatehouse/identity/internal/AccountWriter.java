package io.gatehouse.identity.internal;

import io.gatehouse.identity.Account;
import io.gatehouse.policy.internal.PlainJson;
import io.gatehouse.policy.internal.parse.DocumentFormat;
import io.gatehouse.policy.internal.parse.DocumentReader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders an account as the text of an account file: JSON with jackson-core's generator (two-space
 * indent) or YAML with SnakeYAML's emitter (block style, two-space indent, no line folding, no
 * aliases; strings that YAML would read as another type are quoted). Thread-safe.
 */
public final class AccountWriter {
  private final AccountTree tree;
  private final PlainJson json = new PlainJson();

  /**
   * @param documents parses the JWKS documents the account stores as text
   */
  public AccountWriter(DocumentReader documents) {
    this.tree = new AccountTree(new AccountExtrasTree(documents));
  }

  /** The account file's text in {@code format}, ending with a newline. */
  public String render(Account account, DocumentFormat format) {
    return render(account, format, SecretWriter.CLEAR);
  }

  /** The account file's text in {@code format}, each secret written by {@code secrets}. */
  public String render(Account account, DocumentFormat format, SecretWriter secrets) {
    Object data = tree.of(account, secrets);
    return format == DocumentFormat.JSON ? json.pretty(data) : yaml().dump(data);
  }

  private static Yaml yaml() {
    DumperOptions o = new DumperOptions();
    o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    o.setIndent(2);
    o.setIndicatorIndent(2);
    o.setIndentWithIndicator(true);
    o.setSplitLines(false);
    o.setWidth(Integer.MAX_VALUE);
    o.setAllowUnicode(true);
    o.setDereferenceAliases(true);
    // The reader refuses tags such as !!binary, which is how SnakeYAML would otherwise write a
    // string with control characters.
    o.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
    return new Yaml(o);
  }
}
