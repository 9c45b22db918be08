package io.gatehouse.identity.internal;

import io.gatehouse.identity.OidcProviderConfig;
import io.gatehouse.policy.SourceLocation;
import io.gatehouse.policy.internal.PlainJson;
import io.gatehouse.policy.internal.parse.DocumentFormat;
import io.gatehouse.policy.internal.parse.LocatedArray;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code OpenIDConnectProviders}: each with its {@code Url} (https), {@code Arn} (derived
 * from the URL when absent: {@code arn:aws:iam::ACCOUNT:oidc-provider/HOST/PATH}), {@code
 * ClientIDList}, and its keys either inline ({@code Jwks}: a JWKS object, or a string holding one)
 * or in a file ({@code JwksFile}: a path relative to the account file). The keys are kept as
 * compact JSON.
 */
final class ProviderSectionReader {
  static final String SECTION = "OpenIDConnectProviders";
  private static final List<String> KEYS =
      List.of("Arn", "Url", "ClientIDList", "Jwks", "JwksFile");
  private static final String HTTPS = "https://";

  private final ReadContext context;
  private final FieldReader fields;
  private final JsonStringReader strings;
  private final PlainJson json = new PlainJson();

  ProviderSectionReader(ReadContext context) {
    this.context = context;
    this.fields = context.fields();
    this.strings = new JsonStringReader(fields, context.documents());
  }

  /** Reads the section; providers with problems are left out (the problems say why). */
  List<OidcProviderConfig> read(LocatedObject root) {
    List<OidcProviderConfig> out = new ArrayList<>();
    DuplicateNames arns = new DuplicateNames(fields, "provider", true);
    for (Element e : fields.array(root, NodePath.root(), SECTION)) {
      LocatedObject o = fields.object(e.node(), e.path());
      if (o == null) {
        continue;
      }
      int before = fields.problemCount();
      fields.onlyKnownKeys(o, e.path(), KEYS);
      String url = url(o, e.path());
      String arn = arn(o, e.path(), url);
      if (arn != null) {
        arns.add(arn, o.get("Arn") == null ? o.get("Url") : o.get("Arn"), e.path());
      }
      List<String> clientIds = new ArrayList<>();
      for (Element id : fields.stringElements(o, e.path(), "ClientIDList")) {
        clientIds.add(FieldReader.text(id));
      }
      String jwks = jwks(o, e.path());
      if (fields.problemCount() == before) {
        out.add(new OidcProviderConfig(arn, url, clientIds, jwks));
      }
    }
    return out;
  }

  private String url(LocatedObject o, NodePath path) {
    String url = fields.requiredString(o, path, "Url");
    if (url != null && (!url.startsWith(HTTPS) || url.length() == HTTPS.length())) {
      fields.problem(
          o.get("Url"),
          path.key("Url"),
          "expected an https:// URL, found " + LocatedScalar.quote(url));
      return null;
    }
    return url;
  }

  private String arn(LocatedObject o, NodePath path, String url) {
    String given = fields.optionalString(o, path, "Arn");
    if (url == null || context.accountId() == null) {
      return given;
    }
    String hostAndPath = url.substring(HTTPS.length());
    if (hostAndPath.endsWith("/")) {
      hostAndPath = hostAndPath.substring(0, hostAndPath.length() - 1);
    }
    String derived = "arn:aws:iam::" + context.accountId() + ":oidc-provider/" + hostAndPath;
    if (given != null && !given.equals(derived)) {
      fields.problem(
          o.get("Arn"),
          path.key("Arn"),
          "ARN "
              + LocatedScalar.quote(given)
              + " disagrees with the account and Url; expected "
              + LocatedScalar.quote(derived));
      return null;
    }
    return derived;
  }

  /** The provider's keys as compact JSON, or null after a problem. */
  private String jwks(LocatedObject o, NodePath path) {
    LocatedNode inline = fields.optional(o, "Jwks");
    LocatedNode file = fields.optional(o, "JwksFile");
    if (inline != null && file != null) {
      fields.problem(file, path.key("JwksFile"), "\"Jwks\" and \"JwksFile\" cannot both be given");
      return null;
    }
    if (inline == null && file == null) {
      fields.problem(o, path, "missing \"Jwks\" or \"JwksFile\"");
      return null;
    }
    if (file != null) {
      return fromFile(file, path.key("JwksFile"));
    }
    if (inline instanceof LocatedScalar s && s.isString()) {
      LocatedNode parsed = strings.read(s, s.text(), path.key("Jwks"), "JWKS");
      return parsed == null ? null : checked(parsed, path.key("Jwks"), s.location());
    }
    return checked(inline, path.key("Jwks"), inline.location());
  }

  private String fromFile(LocatedNode fileNode, NodePath path) {
    String name = fields.string(fileNode, path);
    if (name == null) {
      return null;
    }
    if (context.baseDir() == null) {
      fields.problem(
          fileNode,
          path,
          "JwksFile "
              + LocatedScalar.quote(name)
              + " cannot be found: the account was not read from a file");
      return null;
    }
    Path file = context.baseDir().resolve(name);
    String source = file.toString();
    int before = fields.problemCount();
    String text;
    try {
      text = context.documents().readText(file, source, fields.problems());
    } catch (IOException e) {
      fields.problem(
          fileNode,
          path,
          "cannot read JWKS file "
              + LocatedScalar.quote(source)
              + ": "
              + e.getClass().getSimpleName());
      return null;
    }
    LocatedNode root =
        text == null
            ? null
            : context.documents().read(text, source, DocumentFormat.JSON, fields.problems());
    return root == null || fields.problemCount() != before
        ? null
        : checked(root, NodePath.root(), root.location());
  }

  /** The JWKS as compact JSON if it is an object with a {@code keys} array; else null. */
  private String checked(LocatedNode jwks, NodePath path, SourceLocation at) {
    if (jwks instanceof LocatedObject o && o.get("keys") instanceof LocatedArray) {
      return json.compact(PlainData.of(jwks));
    }
    fields
        .problems()
        .add(at, path, "expected a JWKS object with a \"keys\" array, found " + jwks.describe());
    return null;
  }
}
