package io.gatehouse;

import io.gatehouse.context.CallContext;
import io.gatehouse.identity.Caller;
import io.gatehouse.sts.SecurityTokenService;
import io.gatehouse.sts.StsException;
import io.gatehouse.sts.VerifiedSession;
import java.util.List;
import java.util.Map;

/**
 * What a {@link CallContext} bound by the application (or a servlet filter) stands for in a
 * decision: the caller, and the request context keys. A bound principal is one the application
 * vouches for ({@link Caller#asserted}); {@code anonymous} is the caller without credentials.
 */
public final class ContextCaller {
  /** The principal name of the caller without credentials. */
  public static final String ANONYMOUS = "anonymous";

  private ContextCaller() {}

  /**
   * The caller a context names.
   *
   * @throws IllegalArgumentException if its principal ARN is not one {@link Principal#fromArn} reads,
   *     or if it carries session credentials (which need {@link #caller(CallContext,
   *     SecurityTokenService)}: deciding for the role alone would ignore the session's policies)
   */
  public static Caller caller(CallContext context) {
    if (context.sessionAccessKeyId().isPresent()) {
      throw new IllegalArgumentException("the context of " + context.principalArn() + " carries session credentials, "
          + "which this enforcement point cannot verify");
    }
    if (context.principalArn().equals(ANONYMOUS)) {
      return Caller.anonymous();
    }
    Caller c = Caller.asserted(Principal.fromArn(context.principalArn()));
    return context.mfaAuthenticatedAt().map(c::withMfaAt).orElse(c);
  }

  /**
   * The caller a context names, with its session when it carries session credentials: the token is
   * verified by the STS, and the caller is the session (its session policies, session tags, MFA).
   *
   * @throws IllegalArgumentException if the principal ARN cannot be read, the session credentials do
   *     not verify (expired, tampered, of a deleted role), or they belong to another principal than
   *     the context names; the message never holds the token
   */
  public static Caller caller(CallContext context, SecurityTokenService sts) {
    if (context.sessionAccessKeyId().isEmpty()) {
      return caller(context);
    }
    VerifiedSession session;
    try {
      session = sts.verify(context.sessionAccessKeyId().get(), context.sessionToken().orElseThrow());
    } catch (StsException e) {
      throw new IllegalArgumentException("the session credentials " + context.sessionAccessKeyId().get() + " of "
          + context.principalArn() + " do not verify: " + e.getMessage(), e);
    }
    String sessionArn = session.session().principal().arn();
    if (!sessionArn.equals(context.principalArn())) {
      throw new IllegalArgumentException("the session credentials " + context.sessionAccessKeyId().get()
          + " are those of " + sessionArn + ", not of the bound principal " + context.principalArn());
    }
    return session.caller();
  }

  /**
   * The request context of a check: the bound context's keys (if a context is bound), then the
   * check's own keys, which replace bound keys of the same name.
   *
   * @param context the bound context, or null
   */
  public static RequestContext requestContext(CallContext context, Map<String, List<String>> keys) {
    RequestContext.Builder b = RequestContext.builder();
    if (context != null) {
      context.keys().forEach(b::putAll);
    }
    keys.forEach(b::putAll);
    return b.build();
  }
}
