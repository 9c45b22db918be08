package io.gatehouse.identity.internal;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.Group;
import io.gatehouse.identity.ManagedPolicy;
import io.gatehouse.identity.OidcProviderConfig;
import io.gatehouse.identity.OrganizationPolicies;
import io.gatehouse.identity.ResourcePolicyBinding;
import io.gatehouse.identity.Role;
import io.gatehouse.identity.SecretEncryption;
import io.gatehouse.identity.SigningKey;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.internal.ConditionSyntax;
import io.gatehouse.policy.internal.parse.DocumentFormat;
import io.gatehouse.policy.internal.parse.DocumentReader;
import io.gatehouse.policy.internal.parse.LocatedArray;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import io.gatehouse.policy.internal.parse.PolicyReader;
import io.gatehouse.policy.internal.parse.ProblemList;
import io.gatehouse.policy.internal.parse.ReadLimits;
import io.gatehouse.policy.internal.parse.ScalarKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an account file: one account in the shape of AWS's {@code
 * get-account-authorization-details} output plus Gatehouse's own sections (see {@link
 * io.gatehouse.identity.AccountFiles}). Every problem in the file is collected and thrown together;
 * nothing of a file with a problem is returned. Thread-safe: each read has its own state.
 */
public final class AccountReader {
  private static final List<String> KEYS =
      List.of(
          "AccountId",
          "AccountAlias",
          UserSectionReader.SECTION,
          GroupSectionReader.SECTION,
          RoleSectionReader.SECTION,
          PolicySectionReader.SECTION,
          "IsTruncated",
          "Marker",
          CredentialSectionReader.LOGIN_PROFILES,
          CredentialSectionReader.ACCESS_KEYS,
          CredentialSectionReader.MFA_DEVICES,
          ProviderSectionReader.SECTION,
          ResourcePolicySectionReader.SECTION,
          OrganizationSectionReader.SECTION,
          SigningKeySectionReader.SECTION);

  private static final Pattern ARN_ACCOUNT = Pattern.compile("arn:aws:iam::(\\d{12}):");

  private final DocumentReader documents;
  private final PolicyReader policies;

  /**
   * Creates a reader.
   *
   * @param conditionSyntax checks the condition operators of every embedded policy
   * @param limits bounds on the file's size and shape
   */
  public AccountReader(ConditionSyntax conditionSyntax, ReadLimits limits) {
    this.documents = new DocumentReader(Objects.requireNonNull(limits, "limits"));
    this.policies = new PolicyReader(conditionSyntax);
  }

  /** The reader of document text this account reader uses, with its limits. */
  public DocumentReader documents() {
    return documents;
  }

  /**
   * Reads an account.
   *
   * @param text the file's text
   * @param source the file's name, the source of every problem
   * @param format JSON or YAML
   * @param baseDir the directory {@code JwksFile} paths are relative to, or null if there is none
   * @throws InvalidPolicyException with every problem found
   */
  public Account read(String text, String source, DocumentFormat format, Path baseDir) {
    return read(text, source, format, baseDir, SecretEncryption.none());
  }

  /**
   * Reads an account whose secrets may be encrypted.
   *
   * @param secrets decrypts encrypted secrets; one it cannot decrypt is a problem at its place
   * @throws InvalidPolicyException with every problem found
   */
  public Account read(
      String text, String source, DocumentFormat format, Path baseDir, SecretEncryption secrets) {
    ProblemList problems = new ProblemList();
    LocatedNode root = documents.read(text, source, format, problems);
    problems.throwIfAny();
    FieldReader fields = new FieldReader(problems);
    LocatedObject top = fields.object(root, NodePath.root());
    problems.throwIfAny();
    fields.onlyKnownKeys(top, NodePath.root(), KEYS);
    String accountId = accountId(fields, top);
    String alias = alias(fields, top);
    EmbeddedPolicyReader embedded =
        new EmbeddedPolicyReader(fields, policies, new JsonStringReader(fields, documents));
    ReadContext context =
        new ReadContext(
            fields, embedded, documents, accountId, new DeclaredNames(), baseDir, secrets);

    // Order matters: a section can only refer to what an earlier one declared.
    List<ManagedPolicy> managed = new PolicySectionReader(context).read(top);
    List<Group> groups = new GroupSectionReader(context).read(top);
    List<UserDraft> users = new UserSectionReader(context).read(top);
    List<Role> roles = new RoleSectionReader(context).read(top);
    CredentialSectionReader credentials = new CredentialSectionReader(context, users);
    credentials.read(top);
    List<OidcProviderConfig> providers = new ProviderSectionReader(context).read(top);
    List<ResourcePolicyBinding> bindings = new ResourcePolicySectionReader(context).read(top);
    OrganizationPolicies organization = new OrganizationSectionReader(context).read(top);
    List<SigningKey> signingKeys = new SigningKeySectionReader(context).read(top);
    problems.throwIfAny();

    Account.Builder account = Account.builder(accountId).alias(alias).organization(organization);
    managed.forEach(account::putPolicy);
    groups.forEach(account::putGroup);
    users.forEach(u -> account.putUser(u.builder().build()));
    roles.forEach(account::putRole);
    providers.forEach(account::addOidcProvider);
    bindings.forEach(account::addResourcePolicy);
    signingKeys.forEach(account::addSigningKey);
    credentials.unassignedDevices().forEach(account::putVirtualMfaDevice);
    try {
      return account.build();
    } catch (IllegalArgumentException e) {
      // The sections check everything build() does, with locations; this is a last defence.
      problems.addForDocument(source, e.getMessage());
      problems.throwIfAny();
      throw e;
    }
  }

  private static String accountId(FieldReader fields, LocatedObject top) {
    LocatedNode v = top.get("AccountId");
    if (v == null) {
      String named = accountNamedByArns(top);
      fields.problem(
          top,
          NodePath.root(),
          "missing \"AccountId\""
              + (named == null ? "" : "; the ARNs in this file name account \"" + named + "\""));
      return null;
    }
    NodePath path = NodePath.root().key("AccountId");
    if (v instanceof LocatedScalar s && s.isString() && s.text().matches("\\d{12}")) {
      return s.text();
    }
    String hint =
        v instanceof LocatedScalar s && s.kind() == ScalarKind.NUMBER ? " (quote it in YAML)" : "";
    fields.problem(
        v,
        path,
        "expected the account id as a string of 12 digits" + hint + ", found " + v.describe());
    return null;
  }

  /**
   * The account that the first IAM ARN of AWS's sections names, or null: an export from AWS has
   * every ARN but no {@code AccountId}, so the problem can say what to add.
   */
  private static String accountNamedByArns(LocatedObject top) {
    for (String section :
        List.of(
            UserSectionReader.SECTION,
            GroupSectionReader.SECTION,
            RoleSectionReader.SECTION,
            PolicySectionReader.SECTION)) {
      if (top.get(section) instanceof LocatedArray entries) {
        for (LocatedNode e : entries.elements()) {
          Matcher m =
              e instanceof LocatedObject o && o.get("Arn") instanceof LocatedScalar arn
                  ? ARN_ACCOUNT.matcher(arn.text())
                  : null;
          if (m != null && m.lookingAt()) {
            return m.group(1);
          }
        }
      }
    }
    return null;
  }

  private static String alias(FieldReader fields, LocatedObject top) {
    String alias = fields.optionalString(top, NodePath.root(), "AccountAlias");
    if (alias == null) {
      return "";
    }
    String problem = NameRules.checkAlias(alias);
    if (problem != null) {
      fields.problem(top.get("AccountAlias"), NodePath.root().key("AccountAlias"), problem);
    }
    return alias;
  }
}
