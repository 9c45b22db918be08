package io.gatehouse.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed, validated policy document. Immutable.
 *
 * <p>Obtain one from {@link PolicyParser}. A document has a {@link #name()} that decisions use to
 * say which policy decided: the file name by default, or a name given with {@link #withName}.
 */
public final class PolicyDocument {
  /** The current policy language version; the only one in which policy variables work. */
  public static final String VERSION_2012_10_17 = "2012-10-17";

  /** The older policy language version, the default when {@code Version} is absent. */
  public static final String VERSION_2008_10_17 = "2008-10-17";

  private final String name;
  private final String version;
  private final boolean versionGiven;
  private final String id;
  private final List<Statement> statements;

  /**
   * Creates a document from already validated parts.
   *
   * @param name how decisions name the document
   * @param version {@code 2012-10-17} or {@code 2008-10-17}, or null for absent (AWS then uses
   *     2008-10-17)
   * @param id the optional {@code Id}
   * @param statements the statements, in order
   */
  public PolicyDocument(String name, String version, String id, List<Statement> statements) {
    this.name = Objects.requireNonNull(name, "name");
    if (version != null
        && !version.equals(VERSION_2012_10_17)
        && !version.equals(VERSION_2008_10_17)) {
      throw new IllegalArgumentException("unsupported policy version " + version);
    }
    this.versionGiven = version != null;
    this.version = version == null ? VERSION_2008_10_17 : version;
    this.id = id;
    this.statements = List.copyOf(statements);
  }

  /** How decisions name this policy (a file name, a managed policy name, ...). */
  public String name() {
    return name;
  }

  /** The same document under another name. */
  public PolicyDocument withName(String newName) {
    return new PolicyDocument(newName, versionGiven ? version : null, id, statements);
  }

  /** The effective language version; {@code 2008-10-17} when the document gave none. */
  public String version() {
    return version;
  }

  /** True if the document itself had a {@code Version} element. */
  public boolean versionGiven() {
    return versionGiven;
  }

  /** True if {@code ${...}} policy variables are substituted (only in version 2012-10-17). */
  public boolean variablesEnabled() {
    return VERSION_2012_10_17.equals(version);
  }

  /** The optional {@code Id}. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The statements, in document order. */
  public List<Statement> statements() {
    return statements;
  }

  @Override
  public String toString() {
    return "PolicyDocument[" + name + ", " + statements.size() + " statements]";
  }
}
