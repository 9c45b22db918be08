package io.gatehouse.identity.internal;

/** How an account file holds its secrets: in clear, or encrypted at rest. */
@FunctionalInterface
public interface SecretWriter {
  /** Writes secrets as they are, for the output of tools and tests. */
  SecretWriter CLEAR = secret -> secret;

  /** The text the file holds for {@code secret}. */
  String write(String secret);
}
