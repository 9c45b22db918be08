package io.gatehouse.http.internal;

import io.gatehouse.http.HttpExchange;
import io.gatehouse.identity.PasswordAuthenticator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic with an IAM user's console password, for people: the user name is a user of the
 * configured account. A user with an MFA device must send the device's current code in the MFA
 * header; the request then carries the MFA keys.
 */
final class BasicScheme implements CredentialScheme {
  static final String CHALLENGE = "Basic realm=\"gatehouse\", charset=\"UTF-8\"";

  private final PasswordAuthenticator passwords;
  private final String accountId;
  private final String mfaHeader;

  BasicScheme(PasswordAuthenticator passwords, String accountId, String mfaHeader) {
    this.passwords = passwords;
    this.accountId = accountId;
    this.mfaHeader = mfaHeader;
  }

  @Override
  public Optional<Authenticated> authenticate(HttpExchange exchange, Instant now) {
    Optional<String> header = exchange.header("Authorization");
    if (header.isEmpty() || !header.get().regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(header.get().substring(6).strip());
    } catch (IllegalArgumentException e) {
      throw HttpProblem.unauthorized("IncompleteSignature", "The Basic credentials are not valid Base64.", CHALLENGE);
    }
    java.nio.CharBuffer chars = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(decoded));
    char[] text = Arrays.copyOf(chars.array(), chars.limit());
    Arrays.fill(chars.array(), '\0');
    Arrays.fill(decoded, (byte) 0);
    int colon = indexOf(text, ':');
    if (colon <= 0) {
      Arrays.fill(text, '\0');
      throw HttpProblem.unauthorized("IncompleteSignature", "The Basic credentials have no user name.", CHALLENGE);
    }
    String user = new String(text, 0, colon);
    char[] password = Arrays.copyOfRange(text, colon + 1, text.length);
    Arrays.fill(text, '\0');
    PasswordAuthenticator.Result r;
    try {
      r = passwords.signIn(accountId, user, password, exchange.header(mfaHeader).map(String::strip).orElse(null));
    } finally {
      Arrays.fill(password, '\0');
    }
    if (r.succeeded()) {
      return Optional.of(new Authenticated(r.caller().get(), null));
    }
    throw switch (r.failure()) {
      case MFA_REQUIRED -> HttpProblem.unauthorized("MissingAuthenticationCode",
          "The user has an MFA device: send its current code in the " + mfaHeader + " header.", CHALLENGE);
      case BAD_MFA_CODE -> HttpProblem.unauthorized("InvalidAuthenticationCode",
          "The MFA code is not valid, or was used before.", CHALLENGE);
      default -> HttpProblem.unauthorized("NotAuthorized", "Incorrect user name or password.", CHALLENGE);
    };
  }

  private static int indexOf(char[] text, char c) {
    for (int i = 0; i < text.length; i++) {
      if (text[i] == c) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String challenge() {
    return CHALLENGE;
  }
}
