package io.gatehouse.identity;

import io.gatehouse.identity.internal.AccountReader;
import io.gatehouse.identity.internal.AccountWriter;
import io.gatehouse.identity.internal.AtomicFileWriter;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.internal.condition.ConditionOperators;
import io.gatehouse.policy.internal.parse.DocumentFormat;
import io.gatehouse.policy.internal.parse.ProblemList;
import io.gatehouse.policy.internal.parse.ReadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Reads and writes account files: one {@link Account} as YAML or JSON, in the shape of AWS's {@code
 * aws iam get-account-authorization-details} output (so a real account's export loads unchanged)
 * plus sections of Gatehouse's own for what that output lacks.
 *
 * <pre>{@code
 * AccountId: "123456789012"            # required: 12 digits, as a string
 * AccountAlias: shop
 * UserDetailList: [...]                # AWS's UserDetail
 * GroupDetailList: [...]               # AWS's GroupDetail
 * RoleDetailList: [...]                # AWS's RoleDetail, plus Description and MaxSessionDuration
 * Policies: [...]                      # AWS's ManagedPolicyDetail, AWS managed policies included
 * LoginProfiles: [{UserName, PasswordHash, PasswordResetRequired, CreateDate}]
 * AccessKeys: [{UserName, AccessKeyId, SecretAccessKey, Status, CreateDate, LastUsedDate,
 *               LastUsedServiceName, LastUsedRegion}]
 * MFADevices: [{UserName, SerialNumber, Base32StringSeed, EnableDate, LastUsedStep}]
 * OpenIDConnectProviders: [{Arn, Url, ClientIDList, Jwks | JwksFile}]
 * ResourcePolicies: [{Resource, PolicyName, PolicyDocument}]
 * Organization: {ServiceControlPolicies: [[{PolicyName, PolicyDocument}]], ResourceControlPolicies}
 * SigningKeys: [{KeyId, Secret, CreateDate}]
 * }</pre>
 *
 * <p>Reading: policy documents may be objects or strings of JSON (URL-encoded, as the IAM API
 * returns them); ids, ARNs, paths and dates a hand-written file leaves out are derived (ids such as
 * {@code AIDA...} from a hash of the account id, kind and name, so they are the same on every
 * load); documents are named {@code user/NAME/POLICY} (likewise for groups and roles) for inline
 * policies, {@code role/NAME/trust-policy} for trust policies and {@code PolicyName} for managed,
 * resource and organization policies. Every problem in the file is reported together, each with
 * file, line, column and path, e.g. {@code account.yaml:12:7: UserDetailList[0].GroupList[0]: group
 * "admins" does not exist}; a file with any problem yields no account at all.
 *
 * <p>Writing: the file is replaced atomically (temporary file, forced to disk, renamed over the old
 * one, directory forced), so a crash leaves the old file or the new one, never a mix. A written
 * file reads back as an equal account (its {@link Account#version()} aside, which files do not
 * hold); dates are written as UTC instants ({@code 2024-01-01T00:00:00Z}) and JWKS inline.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AccountFiles {
  /** The text formats of account files. */
  public enum Format {
    /** YAML, block style. */
    YAML,
    /** JSON, indented. */
    JSON
  }

  private final AccountReader reader;
  private final AccountWriter writer;
  private final AtomicFileWriter files;
  private final SecretEncryption secrets;

  /** Creates a reader and writer with the standard condition operators. */
  public AccountFiles() {
    this(new AtomicFileWriter());
  }

  /** Creates one that replaces files with {@code files} (tests make it fail on purpose). */
  AccountFiles(AtomicFileWriter files) {
    // Account files hold many policies: larger than one policy document may be.
    this(new AccountReader(new ConditionOperators(), new ReadLimits(16 << 20, 64, 2_000_000, 50)),
        files, SecretEncryption.none());
  }

  private AccountFiles(AccountReader reader, AtomicFileWriter files, SecretEncryption secrets) {
    this.reader = reader;
    this.writer = new AccountWriter(reader.documents());
    this.files = Objects.requireNonNull(files, "files");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  /**
   * The same reader and writer with keys for secrets at rest: encrypted access key secrets, TOTP
   * seeds and signing keys are decrypted on reading (clear ones are read as they are), and every
   * secret is written encrypted with the first key. Without a key ({@link SecretEncryption#none()},
   * the default) secrets are written in clear and an encrypted one is a problem on reading.
   */
  public AccountFiles withEncryption(SecretEncryption encryption) {
    return new AccountFiles(reader, files, encryption);
  }

  /** The keys for secrets at rest this instance uses. */
  public SecretEncryption encryption() {
    return secrets;
  }

  /**
   * Reads a UTF-8 account file: YAML for {@code .yaml}/{@code .yml}, JSON for {@code .json},
   * otherwise JSON if the text starts with an opening brace, else YAML. {@code JwksFile} paths are
   * relative to the file's directory; problems name the file as given.
   *
   * @throws InvalidPolicyException with every problem found, if the file is not a valid account
   * @throws UncheckedIOException if the file cannot be read
   */
  public Account read(Path file) {
    String source = file.toString();
    ProblemList problems = new ProblemList();
    String text;
    try {
      text = reader.documents().readText(file, source, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read account file " + source, e);
    }
    problems.throwIfAny();
    return read(text, source, file.toAbsolutePath().getParent());
  }

  /**
   * Reads an account from text, choosing the format from {@code sourceName} as {@link #read(Path)}
   * does.
   *
   * @param sourceName the name problems give the text
   * @param baseDirForJwksFiles the directory {@code JwksFile} paths are relative to, or null if the
   *     text may not refer to files (a {@code JwksFile} is then a problem)
   * @throws InvalidPolicyException with every problem found, if the text is not a valid account
   */
  public Account read(String text, String sourceName, Path baseDirForJwksFiles) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sourceName, "sourceName");
    return reader.read(
        text, sourceName, DocumentFormat.of(sourceName, text), baseDirForJwksFiles, secrets);
  }

  /**
   * Writes {@code account} to {@code file}, replacing it atomically; the format follows the
   * extension ({@code .json}, {@code .yaml} or {@code .yml}).
   *
   * @throws IllegalArgumentException if the file name has none of those extensions
   * @throws InvalidPolicyException if the account would not read back (e.g. a name AWS refuses);
   *     the file is then not touched
   * @throws UncheckedIOException if the file could not be written; it is then unchanged
   */
  public void write(Account account, Path file) {
    write(account, file, formatOf(file));
  }

  /**
   * Writes {@code account} to {@code file} in {@code format}, replacing it atomically.
   *
   * @throws InvalidPolicyException if the account would not read back (e.g. a name AWS refuses);
   *     the file is then not touched
   * @throws UncheckedIOException if the file could not be written; it is then unchanged
   */
  public void write(Account account, Path file, Format format) {
    try {
      replace(account, file, format, temporary -> {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write account file " + file, e);
    }
  }

  private void replace(Account account, Path file, Format format, AtomicFileWriter.BeforeReplace check)
      throws IOException {
    String text = render(account, format);
    // Never replace a good file with one that would not load.
    reader.read(text, file.toString(), documentFormat(format), null, secrets);
    files.write(file, text.getBytes(StandardCharsets.UTF_8), check);
  }

  /**
   * Writes {@code account} to {@code file} as {@link #write(Account, Path)} does, unless the file
   * no longer holds what {@code unchanged} accepts when it is about to be replaced (checked after
   * the new content is rendered, validated and on the device, just before the rename): an edit made
   * meanwhile is then not overwritten.
   *
   * @return false if the file had changed; it is then untouched
   * @throws InvalidPolicyException if the account would not read back; the file is not touched
   * @throws UncheckedIOException if the file could not be written; it is then unchanged
   */
  public boolean writeIfUnchanged(Account account, Path file, Predicate<byte[]> unchanged) {
    try {
      replace(account, file, formatOf(file), temporary -> {
        if (!unchanged.test(Files.readAllBytes(file))) {
          throw new ChangedMeanwhile();
        }
      });
      return true;
    } catch (ChangedMeanwhile e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write account file " + file, e);
    }
  }

  /** The file changed between its check and its replacement. */
  private static final class ChangedMeanwhile extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * The text of {@code account}'s file in {@code format}, ending with a newline; secrets are
   * encrypted if a key is configured (see {@link #withEncryption}).
   */
  public String render(Account account, Format format) {
    Objects.requireNonNull(account, "account");
    return secrets.canEncrypt()
        ? writer.render(account, documentFormat(format), secrets::encrypt)
        : writer.render(account, documentFormat(format));
  }

  private static DocumentFormat documentFormat(Format format) {
    return format == Format.JSON ? DocumentFormat.JSON : DocumentFormat.YAML;
  }

  private static Format formatOf(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Format.JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Format.YAML;
    }
    throw new IllegalArgumentException(
        "an account file's name must end in .yaml, .yml or .json: " + file);
  }
}
