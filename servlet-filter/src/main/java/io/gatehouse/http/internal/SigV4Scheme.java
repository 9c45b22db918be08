package io.gatehouse.http.internal;

import io.gatehouse.Principal;
import io.gatehouse.http.HttpExchange;
import io.gatehouse.identity.AccessKey;
import io.gatehouse.identity.Account;
import io.gatehouse.identity.Accounts;
import io.gatehouse.identity.Caller;
import io.gatehouse.sigv4.CredentialLookup;
import io.gatehouse.sigv4.SigV4Verifier;
import io.gatehouse.sigv4.SignatureException;
import io.gatehouse.sigv4.SignedRequest;
import io.gatehouse.sigv4.VerifiedSignature;
import io.gatehouse.store.AccessKeyUsageRecorder;
import io.gatehouse.sts.SecurityTokenService;
import io.gatehouse.sts.StsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * AWS Signature Version 4, in the {@code Authorization} header or a presigned URL, verified by core's
 * {@link SigV4Verifier}: long-term access keys of the accounts, and STS temporary credentials with
 * {@code X-Amz-Security-Token}. The use of a long-term key is noted for its last-used date.
 */
final class SigV4Scheme implements CredentialScheme {
  static final String CHALLENGE = "AWS4-HMAC-SHA256";

  private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
  private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private final SigV4Verifier verifier;
  private final CredentialLookup lookup;
  private final Supplier<Accounts> accounts;
  private final SecurityTokenService sts;
  private final AccessKeyUsageRecorder usage;

  SigV4Scheme(SigV4Verifier verifier, Supplier<Accounts> accounts, SecurityTokenService sts,
      AccessKeyUsageRecorder usage) {
    this.verifier = verifier;
    this.usage = usage;
    this.lookup = CredentialLookup.of(accounts, sts);
    this.accounts = accounts;
    this.sts = sts;
  }

  @Override
  public Optional<Authenticated> authenticate(HttpExchange exchange, Instant now) {
    List<String> authorization = exchange.headers("Authorization");
    boolean header = !authorization.isEmpty() && isSigV4(authorization.get(0));
    boolean presigned = exchange.rawQuery().contains("X-Amz-Algorithm=");
    if (!header && !presigned) {
      return Optional.empty();
    }
    VerifiedSignature signature;
    try {
      signature = verifier.verify(signedRequest(exchange), lookup, now);
    } catch (SignatureException e) {
      throw HttpProblem.unauthorized(e.code(), e.getMessage(), CHALLENGE);
    }
    Caller caller = caller(signature);
    if (signature.sessionToken() == null) {
      usage.recordUse(signature.accessKeyId(), signature.service(), signature.region());
    }
    return Optional.of(signature.sessionToken() == null
        ? new Authenticated(caller, signature.region())
        : new Authenticated(caller, signature.region(), signature.accessKeyId(), signature.sessionToken()));
  }

  /** True if the header names SigV4's algorithm first, in any case, after any leading whitespace. */
  private static boolean isSigV4(String authorization) {
    int start = 0;
    while (start < authorization.length() && Character.isWhitespace(authorization.charAt(start))) {
      start++;
    }
    return authorization.regionMatches(true, start, CHALLENGE, 0, CHALLENGE.length());
  }

  private Caller caller(VerifiedSignature signature) {
    if (signature.sessionToken() != null) {
      try {
        return sts.verify(signature.accessKeyId(), signature.sessionToken()).caller();
      } catch (StsException e) {
        throw HttpProblem.unauthorized(e.code(), e.getMessage(), CHALLENGE);
      }
    }
    Accounts now = accounts.get();
    Account account = now.accountOfAccessKey(signature.accessKeyId()).orElseThrow(SigV4Scheme::unknownKey);
    AccessKey key = account.accessKey(signature.accessKeyId()).orElseThrow(SigV4Scheme::unknownKey);
    Principal principal = key.userName() == null || key.userName().isEmpty()
        ? Principal.root(account.accountId())
        : Principal.fromArn(account.user(key.userName()).orElseThrow(SigV4Scheme::unknownKey).arn());
    return Caller.withAccessKey(principal, signature.accessKeyId());
  }

  private static HttpProblem unknownKey() {
    // The key was removed between the signature check and now.
    return HttpProblem.unauthorized("InvalidClientTokenId", "The security token included in the request is invalid.",
        CHALLENGE);
  }

  private static SignedRequest signedRequest(HttpExchange exchange) {
    SignedRequest.Builder b = SignedRequest.builder().method(exchange.method()).rawPath(exchange.rawPath())
        .rawQuery(exchange.rawQuery());
    for (String name : exchange.headerNames()) {
      for (String value : exchange.headers(name)) {
        b.header(name, value);
      }
    }
    if (exchange.header("X-Amz-Content-Sha256").map(v -> v.strip().equals(UNSIGNED_PAYLOAD)).orElse(false)) {
      // The signature does not cover the body: it is left for the application to stream.
      return b.payloadSha256(EMPTY_SHA256).build();
    }
    List<String> contentLength = exchange.headers("Content-Length");
    long declared = contentLength.isEmpty() ? 0 : length(contentLength.get(0));
    if (declared > HttpExchange.MAX_SIGNED_BODY) {
      throw new HttpProblem(413, "RequestEntityTooLarge", "A signed body may have at most " + HttpExchange.MAX_SIGNED_BODY
          + " bytes; sign with UNSIGNED-PAYLOAD to send more.", null);
    }
    try {
      byte[] body = exchange.body();
      if (body.length > HttpExchange.MAX_SIGNED_BODY) {
        throw new HttpProblem(413, "RequestEntityTooLarge", "A signed body may have at most " + HttpExchange.MAX_SIGNED_BODY
            + " bytes; sign with UNSIGNED-PAYLOAD to send more.", null);
      }
      b.payload(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.build();
  }

  private static long length(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public String challenge() {
    return CHALLENGE;
  }
}
