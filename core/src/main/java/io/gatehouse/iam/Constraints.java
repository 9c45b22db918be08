package io.gatehouse.iam;

import io.gatehouse.identity.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The constraints AWS's IAM API Reference puts on request parameters, checked with AWS's {@code
 * ValidationError} messages ({@code 1 validation error detected: Value 'x' at 'userName' failed to
 * satisfy constraint: Member must ...}). Parameter names in messages are AWS's, in lower camel case.
 * Values of secret parameters are never repeated.
 */
final class Constraints {
  /** Names of users, groups, roles, policies, inline policies and MFA devices. */
  static final String NAME_PATTERN = "[\\w+=,.@-]+";

  private static final Pattern NAME = Pattern.compile(NAME_PATTERN);
  private static final String PATH_PATTERN = "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)";
  private static final Pattern PATH = Pattern.compile("/|/[\\u0021-\\u007E]+/");
  private static final String PATH_PREFIX_PATTERN = "\\u002F[\\u0021-\\u007F]*";
  private static final Pattern PATH_PREFIX = Pattern.compile("/[\\u0021-\\u007F]*");
  private static final String TEXT_PATTERN = "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*";
  private static final Pattern TEXT = Pattern.compile(TEXT_PATTERN);
  private static final String TAG_KEY_PATTERN = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+";
  private static final Pattern TAG_KEY = Pattern.compile(TAG_KEY_PATTERN);
  private static final String TAG_VALUE_PATTERN = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*";
  private static final Pattern TAG_VALUE = Pattern.compile(TAG_VALUE_PATTERN);
  private static final String ID_PATTERN = "[\\w]+";
  private static final Pattern ID = Pattern.compile(ID_PATTERN);
  private static final String SERIAL_PATTERN = "[\\w+=/:,.@-]+";
  private static final Pattern SERIAL = Pattern.compile(SERIAL_PATTERN);
  private static final String VERSION_PATTERN = "v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?";
  private static final Pattern VERSION = Pattern.compile(VERSION_PATTERN);
  private static final String CODE_PATTERN = "[\\d]+";
  private static final Pattern CODE = Pattern.compile("\\d{6}");
  private static final Pattern POLICY_ARN =
      Pattern.compile("arn:aws:iam::(\\d{12}|aws):policy(/[\\u0021-\\u007E]+)?/[\\w+=,.@-]+");

  /** The longest policy document AWS accepts in a request, in characters. */
  static final int MAX_DOCUMENT_LENGTH = 131072;

  private Constraints() {}

  /** A required parameter. */
  static <T> T required(T value, String param) {
    if (value == null) {
      throw IamException.validation(
          "1 validation error detected: Value null at '" + param
              + "' failed to satisfy constraint: Member must not be null");
    }
    return value;
  }

  /** A required entity name: 1 to {@code max} characters of {@code [\w+=,.@-]}. */
  static String name(String value, String param, int max) {
    required(value, param);
    length(value, param, 1, max);
    return pattern(value, param, NAME, NAME_PATTERN);
  }

  /** An optional path; {@code /} when absent. */
  static String path(String value, String param) {
    if (value == null) {
      return "/";
    }
    length(value, param, 1, 512);
    return pattern(value, param, PATH, PATH_PATTERN);
  }

  /** An optional path prefix; {@code /} when absent. */
  static String pathPrefix(String value) {
    if (value == null) {
      return "/";
    }
    length(value, "pathPrefix", 1, 512);
    return pattern(value, "pathPrefix", PATH_PREFIX, PATH_PREFIX_PATTERN);
  }

  /** An optional description of at most {@code max} characters. */
  static String description(String value, String param, int max) {
    if (value == null) {
      return null;
    }
    length(value, param, 0, max);
    return pattern(value, param, TEXT, TEXT_PATTERN);
  }

  /** A required managed policy ARN, {@code arn:aws:iam::ACCOUNT|aws:policy/PATH/NAME}. */
  static String policyArn(String value, String param) {
    required(value, param);
    length(value, param, 20, 2048);
    if (!POLICY_ARN.matcher(value).matches()) {
      throw IamException.invalidInput("ARN " + value + " is not valid.");
    }
    return value;
  }

  /** A required policy version id, {@code v1}, {@code v2}, ... */
  static String versionId(String value) {
    required(value, "versionId");
    return pattern(value, "versionId", VERSION, VERSION_PATTERN);
  }

  /** A required access key id. */
  static String accessKeyId(String value) {
    required(value, "accessKeyId");
    length(value, "accessKeyId", 16, 128);
    return pattern(value, "accessKeyId", ID, ID_PATTERN);
  }

  /** A required MFA device serial number. */
  static String serialNumber(String value) {
    required(value, "serialNumber");
    length(value, "serialNumber", 9, 256);
    return pattern(value, "serialNumber", SERIAL, SERIAL_PATTERN);
  }

  /** A required six-digit MFA code; the value is never repeated. */
  static String authenticationCode(String value, String param) {
    required(value, param);
    if (!CODE.matcher(value).matches()) {
      throw IamException.validation(
          "1 validation error detected: Value at '" + param + "' failed to satisfy constraint: "
              + "Member must have length 6 and satisfy regular expression pattern: " + CODE_PATTERN);
    }
    return value;
  }

  /**
   * A required password: 1 to 128 of tab, line feed, carriage return and U+0020 to U+00FF. The
   * value is never repeated.
   */
  static char[] password(char[] value, String param) {
    required(value, param);
    if (value.length < 1 || value.length > 128) {
      throw IamException.validation(
          "1 validation error detected: Value at '" + param + "' failed to satisfy constraint: "
              + "Member must have length " + (value.length < 1 ? "greater than or equal to 1"
                  : "less than or equal to 128"));
    }
    for (char c : value) {
      if (!(c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFF))) {
        throw IamException.validation(
            "1 validation error detected: Value at '" + param + "' failed to satisfy constraint: "
                + "Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
      }
    }
    return value;
  }

  /** One of the enumerated values. */
  static String oneOf(String value, String param, List<String> allowed) {
    required(value, param);
    if (!allowed.contains(value)) {
      throw IamException.validation(
          failed(value, param, "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]"));
    }
    return value;
  }

  /** An optional number within {@code min..max}. */
  static Integer range(Integer value, String param, int min, int max) {
    if (value != null && value < min) {
      throw IamException.validation(
          failed(value.toString(), param, "Member must have value greater than or equal to " + min));
    }
    if (value != null && value > max) {
      throw IamException.validation(
          failed(value.toString(), param, "Member must have value less than or equal to " + max));
    }
    return value;
  }

  /**
   * Tags of a create or tag request: at most 50 in one request, keys 1 to 128 and values 0 to 256
   * characters of letters, digits, spaces and {@code _.:/=+-@}, no key twice (case-insensitively)
   * and none in AWS's reserved {@code aws:} namespace.
   */
  static List<Tag> tags(List<Tag> tags) {
    if (tags == null) {
      return List.of();
    }
    if (tags.size() > 50) {
      throw IamException.validation(
          failed("[" + tags.size() + " tags]", "tags", "Member must have length less than or equal to 50"));
    }
    Set<String> keys = new HashSet<>();
    for (Tag t : tags) {
      tagKey(t.key(), "tags.member.key");
      length(t.value(), "tags.member.value", 0, 256);
      pattern(t.value(), "tags.member.value", TAG_VALUE, TAG_VALUE_PATTERN);
      if (!keys.add(t.key().toLowerCase(Locale.ROOT))) {
        throw IamException.invalidInput(
            "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
      }
    }
    return List.copyOf(tags);
  }

  /** Tag keys of an untag request: 1 to 50 keys. */
  static List<String> tagKeys(List<String> keys) {
    required(keys, "tagKeys");
    if (keys.size() > 50) {
      throw IamException.validation(
          failed("[" + keys.size() + " keys]", "tagKeys", "Member must have length less than or equal to 50"));
    }
    for (String k : keys) {
      required(k, "tagKeys.member");
      length(k, "tagKeys.member", 1, 128);
      pattern(k, "tagKeys.member", TAG_KEY, TAG_KEY_PATTERN);
    }
    return List.copyOf(keys);
  }

  private static void tagKey(String key, String param) {
    length(key, param, 1, 128);
    pattern(key, param, TAG_KEY, TAG_KEY_PATTERN);
    if (key.regionMatches(true, 0, "aws:", 0, 4)) {
      throw IamException.invalidInput(
          "Tag keys beginning with 'aws:' are reserved for AWS use and cannot be set: " + key);
    }
  }

  static void length(String value, String param, int min, int max) {
    if (value.length() < min) {
      throw IamException.validation(
          failed(value, param, "Member must have length greater than or equal to " + min));
    }
    if (value.length() > max) {
      throw IamException.validation(
          failed(value, param, "Member must have length less than or equal to " + max));
    }
  }

  private static String pattern(String value, String param, Pattern pattern, String shown) {
    if (!pattern.matcher(value).matches()) {
      throw IamException.validation(
          failed(value, param, "Member must satisfy regular expression pattern: " + shown));
    }
    return value;
  }

  private static String failed(String value, String param, String constraint) {
    return "1 validation error detected: Value '" + value + "' at '" + param
        + "' failed to satisfy constraint: " + constraint;
  }
}
