package io.gatehouse.identity.internal;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.OidcProviderConfig;
import io.gatehouse.identity.ResourcePolicyBinding;
import io.gatehouse.identity.SigningKey;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.internal.PolicyDocumentWriter;
import io.gatehouse.policy.internal.parse.DocumentFormat;
import io.gatehouse.policy.internal.parse.DocumentReader;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.ProblemList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the sections of an account file that AWS's export lacks, other than credentials: {@code
 * OpenIDConnectProviders} (keys always inline as a {@code Jwks} object), {@code ResourcePolicies},
 * {@code Organization} and {@code SigningKeys}. A section is left out when empty. Organization and
 * resource policies are written with their document's name as {@code PolicyName}.
 */
final class AccountExtrasTree {
  private final PolicyDocumentWriter policies = new PolicyDocumentWriter();
  private final DocumentReader documents;

  /**
   * Creates the builder of these sections.
   *
   * @param documents parses the stored JWKS so that it is written as an object
   */
  AccountExtrasTree(DocumentReader documents) {
    this.documents = documents;
  }

  /** Adds the non-empty sections of {@code account} to {@code file}. */
  void addTo(Map<String, Object> file, Account account, SecretWriter secrets) {
    AccountTree.putIfAny(
        file,
        ProviderSectionReader.SECTION,
        AccountTree.list(account.oidcProviders(), this::provider));
    AccountTree.putIfAny(
        file,
        ResourcePolicySectionReader.SECTION,
        AccountTree.list(account.resourcePolicies(), this::binding));
    Map<String, Object> organization = new LinkedHashMap<>();
    AccountTree.putIfAny(
        organization,
        "ServiceControlPolicies",
        levels(account.organization().serviceControlPolicies()));
    AccountTree.putIfAny(
        organization,
        "ResourceControlPolicies",
        levels(account.organization().resourceControlPolicies()));
    if (!organization.isEmpty()) {
      file.put(OrganizationSectionReader.SECTION, organization);
    }
    AccountTree.putIfAny(
        file, SigningKeySectionReader.SECTION, AccountTree.list(account.signingKeys(), k -> key(k, secrets)));
  }

  private Object provider(OidcProviderConfig p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Arn", p.arn());
    out.put("Url", p.issuer());
    out.put("ClientIDList", new ArrayList<Object>(p.clientIds()));
    out.put("Jwks", jwks(p.jwks()));
    return out;
  }

  /** The JWKS as an object; as its text if it is not JSON (reading the file back will say so). */
  private Object jwks(String text) {
    ProblemList problems = new ProblemList();
    LocatedNode root = documents.read(text, "jwks", DocumentFormat.JSON, problems);
    return root == null || !problems.isEmpty() ? text : PlainData.of(root);
  }

  private Object binding(ResourcePolicyBinding b) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Resource", b.resource());
    out.put("PolicyName", b.name());
    out.put("PolicyDocument", policies.toTree(b.document()));
    return out;
  }

  private List<Object> levels(List<List<PolicyDocument>> levels) {
    return AccountTree.list(levels, level -> AccountTree.list(level, this::named));
  }

  private Object named(PolicyDocument document) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("PolicyName", document.name());
    out.put("PolicyDocument", policies.toTree(document));
    return out;
  }

  private Object key(SigningKey k, SecretWriter secrets) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("KeyId", k.keyId());
    out.put("Secret", secrets.write(k.secretBase64()));
    out.put("CreateDate", AccountTree.date(k.createDate()));
    return out;
  }
}
