package io.gatehouse.audit.internal;

import io.gatehouse.Principal;
import io.gatehouse.PrincipalType;
import io.gatehouse.audit.PrincipalIds;
import io.gatehouse.identity.Caller;
import io.gatehouse.identity.TemporarySession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds CloudTrail's {@code userIdentity} element for a caller: {@code type}, {@code principalId},
 * {@code arn}, {@code accountId}, {@code accessKeyId}, {@code userName}, and for temporary
 * credentials, role and federated sessions, and console sessions the {@code sessionContext} (its {@code attributes}, and for a
 * role session its {@code sessionIssuer}). Fields Gatehouse does not know are left out.
 */
public final class UserIdentityElement {
  private final PrincipalIds ids;
  private final EventTime creationDate = new EventTime();

  /** Builds elements, looking up unique ids where the caller does not carry them. */
  public UserIdentityElement(PrincipalIds ids) {
    this.ids = ids;
  }

  /** The element for a caller. */
  public Map<String, Object> of(Caller caller) {
    Principal p = caller.principal();
    Optional<TemporarySession> session = caller.session();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", p.type().awsName());
    switch (p.type()) {
      case ANONYMOUS -> {
        out.put("principalId", "");
        out.put("accountId", "anonymous");
        return out;
      }
      case WEB_IDENTITY -> {
        String provider = p.arn().substring(p.arn().indexOf("oidc-provider/") + "oidc-provider/".length());
        out.put("principalId", provider + ":" + p.name());
        out.put("userName", p.name());
        out.put("identityProvider", provider);
        return out;
      }
      case ROOT -> out.put("principalId", p.accountId());
      case FEDERATED_USER -> out.put("principalId", p.accountId() + ":" + p.name());
      case ASSUMED_ROLE -> roleId(p, session).ifPresent(id -> out.put("principalId", id + ":" + p.sessionName().get()));
      case USER -> session.map(TemporarySession::roleId).or(() -> ids.uniqueId(p))
          .ifPresent(id -> out.put("principalId", id));
      default -> ids.uniqueId(p).ifPresent(id -> out.put("principalId", id));
    }
    out.put("arn", p.arn());
    out.put("accountId", p.accountId());
    caller.accessKeyId().ifPresent(key -> out.put("accessKeyId", key));
    if (p.type() == PrincipalType.USER || p.type() == PrincipalType.ROLE) {
      out.put("userName", p.name());
    }
    if (session.isPresent() || p.isSession() || caller.credential() == Caller.Credential.PASSWORD) {
      out.put("sessionContext", sessionContext(caller, session));
    }
    return out;
  }

  private Map<String, Object> sessionContext(Caller caller, Optional<TemporarySession> session) {
    Principal p = caller.principal();
    Map<String, Object> context = new LinkedHashMap<>();
    if (p.type() == PrincipalType.ASSUMED_ROLE) {
      Map<String, Object> issuer = new LinkedHashMap<>();
      issuer.put("type", "Role");
      roleId(p, session).ifPresent(id -> issuer.put("principalId", id));
      issuer.put("arn", p.roleArn().orElseThrow());
      issuer.put("accountId", p.accountId());
      issuer.put("userName", p.name());
      context.put("sessionIssuer", issuer);
    }
    session.map(TemporarySession::webIdentityProvider).ifPresent(provider -> {
      Map<String, Object> federation = new LinkedHashMap<>();
      federation.put("federatedProvider", provider);
      federation.put("attributes", Map.of());
      context.put("webIdFederationData", federation);
    });
    Map<String, Object> attributes = new LinkedHashMap<>();
    session.ifPresent(s -> attributes.put("creationDate", creationDate.format(s.issuedAt())));
    attributes.put("mfaAuthenticated", String.valueOf(caller.mfaAuthenticatedAt().isPresent()));
    context.put("attributes", attributes);
    session.map(TemporarySession::sourceIdentity).ifPresent(source -> context.put("sourceIdentity", source));
    return context;
  }

  private Optional<String> roleId(Principal p, Optional<TemporarySession> session) {
    return session.map(TemporarySession::roleId).or(() -> ids.uniqueId(p));
  }
}
