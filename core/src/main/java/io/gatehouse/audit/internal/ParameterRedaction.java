package io.gatehouse.audit.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of audit events. A parameter whose name is a known secret (passwords, secret
 * keys, session tokens, MFA codes, signatures, authorization headers; compared case-insensitively,
 * ignoring {@code -} and {@code _}) keeps its name but its value becomes {@value #HIDDEN}, as
 * CloudTrail writes it. Inside any other value, {@code NAME=value} pairs of such names (a query
 * string, an {@code Authorization} header's {@code Signature=}) are hidden the same way.
 */
public final class ParameterRedaction {
  /** What a secret is replaced with. */
  public static final String HIDDEN = "HIDDEN_DUE_TO_SECURITY_REASONS";

  private static final List<String> SECRET_NAMES = List.of(
      "password", "newpassword", "oldpassword", "passwordhash", "secretaccesskey", "secretkey", "secret",
      "clientsecret", "sessiontoken", "xamzsecuritytoken", "securitytoken", "token", "accesstoken", "idtoken",
      "refreshtoken", "webidentitytoken", "samlassertion", "tokencode", "authenticationcode1",
      "authenticationcode2", "mfacode", "otp", "signature", "xamzsignature", "authorization",
      "proxyauthorization", "cookie", "setcookie", "privatekey", "base32stringseed", "qrcodepng", "signingkey",
      "apikey", "xapikey");
  private static final Set<String> SECRETS = Set.copyOf(SECRET_NAMES);
  // Words that make any name a secret, e.g. "UserPassword", "DbSecret", "GitHubToken".
  private static final List<String> SECRET_WORDS = List.of("password", "secret", "token", "signature",
      "authorization", "privatekey", "authenticationcode", "cookie");
  private static final Pattern EMBEDDED = Pattern.compile(
      "([A-Za-z][A-Za-z0-9_-]*)(\"?\\s*[=:]\\s*\"?)([^&;,\"\\r\\n]+)");

  private ParameterRedaction() {}

  /** True if a parameter of this name holds a secret. */
  public static boolean isSecretName(String name) {
    String n = normalized(name);
    if (SECRETS.contains(n)) {
      return true;
    }
    for (String word : SECRET_WORDS) {
      if (n.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The parameters with secrets hidden, sorted by name. */
  public static Map<String, Object> parameters(Map<String, String> parameters) {
    String[] names = parameters.keySet().toArray(new String[0]);
    Arrays.sort(names);
    Map<String, Object> out = new LinkedHashMap<>(names.length * 2);
    for (String name : names) {
      out.put(name, isSecretName(name) ? HIDDEN : text(parameters.get(name)));
    }
    return out;
  }

  /** A free text (a parameter value, an error message) with embedded {@code NAME=secret} pairs hidden. */
  public static String text(String value) {
    if (value == null || value.indexOf('=') < 0 && value.indexOf(':') < 0) {
      // No NAME=value or NAME: value pair can be in it (paths, ids, most user agents).
      return value;
    }
    Matcher m = EMBEDDED.matcher(value);
    StringBuilder out = null;
    int last = 0;
    int from = 0;
    while (from < value.length() && m.find(from)) {
      if (isSecretName(m.group(1))) {
        if (out == null) {
          out = new StringBuilder(value.length());
        }
        out.append(value, last, m.start(3)).append(HIDDEN);
        last = m.end(3);
        from = m.end(3);
      } else {
        // The value of an ordinary name may itself hold NAME=secret pairs: look inside it.
        from = m.end(2);
      }
    }
    if (out == null) {
      return value;
    }
    return out.append(value, last, value.length()).toString();
  }

  private static String normalized(String name) {
    if (!hasSeparator(name)) {
      // The usual name (httpMethod, path, UserName): lower-cased without a builder, or kept as it is.
      return name.toLowerCase(Locale.ROOT);
    }
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c != '-' && c != '_' && c != '.' && c != ' ') {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean hasSeparator(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-' || c == '_' || c == '.' || c == ' ') {
        return true;
      }
    }
    return false;
  }
}
