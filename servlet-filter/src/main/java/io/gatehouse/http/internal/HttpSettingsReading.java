package io.gatehouse.http.internal;

import io.gatehouse.http.AuthenticationSettings;
import io.gatehouse.http.HttpSettings;
import io.gatehouse.http.OidcRoleMapping;
import io.gatehouse.http.RouteSpec;
import io.gatehouse.http.UnmatchedRequests;
import io.gatehouse.policy.internal.match.IpRange;
import io.gatehouse.policy.internal.parse.LocatedArray;
import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.LocatedScalar;
import io.gatehouse.policy.internal.parse.NodePath;
import io.gatehouse.policy.internal.parse.ProblemList;
import io.gatehouse.policy.internal.parse.ScalarKind;
import io.gatehouse.policy.internal.parse.SpellingHint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The state of reading the HTTP keys of one document; see {@link io.gatehouse.http.HttpSettingsReader}. */
public final class HttpSettingsReading {
  private static final List<String> ROUTE_KEYS = List.of("method", "path", "action", "resource", "context");
  private static final List<String> AUTH_KEYS = List.of("sigv4", "oidc", "basic", "mfaHeader", "container", "account",
      "trustedProxies");
  private static final List<String> SIGV4_KEYS = List.of("service", "regions", "lastUsedIntervalSeconds");
  private static final List<String> OIDC_KEYS = List.of("issuer", "role");

  private final ProblemList problems;

  /** Reads into the given problem list. */
  public HttpSettingsReading(ProblemList problems) {
    this.problems = problems;
  }

  /** The settings of a top-level object, or null if there were problems. */
  public HttpSettings settings(LocatedObject top, NodePath path) {
    int before = problems.size();
    List<RouteSpec> routes = routes(top.get("routes"), path.key("routes"));
    UnmatchedRequests unmatched = unmatched(top.get("unmatched"), path.key("unmatched"));
    AuthenticationSettings authentication = authentication(top.get("authentication"), path.key("authentication"));
    return problems.size() != before ? null : new HttpSettings(routes, unmatched, authentication);
  }

  private List<RouteSpec> routes(LocatedNode node, NodePath path) {
    List<RouteSpec> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof LocatedArray list)) {
      problems.add(node.location(), path, "expected an array of routes");
      return out;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.elements().size(); i++) {
      RouteSpec r = route(list.elements().get(i), path.index(i));
      if (r != null) {
        String key = (r.method() == null ? "*" : r.method()) + " " + r.path();
        if (!seen.add(key)) {
          problems.add(list.elements().get(i).location(), path.index(i), "a route for " + key + " is already defined");
        }
        out.add(r);
      }
    }
    return out;
  }

  private RouteSpec route(LocatedNode node, NodePath path) {
    if (!(node instanceof LocatedObject o)) {
      problems.add(node.location(), path, "expected an object with method, path, action, resource and context");
      return null;
    }
    unknownKeys(o, path, ROUTE_KEYS);
    String method = o.get("method") == null ? null : string(o.get("method"), path.key("method"));
    if (method != null) {
      method = method.strip();
      if (method.equals("*")) {
        method = null;
      } else if (!method.matches("[A-Za-z]+")) {
        problems.add(o.get("method").location(), path.key("method"), "expected an HTTP method such as GET, or *");
      } else {
        method = method.toUpperCase(Locale.ROOT);
      }
    }
    String template = required(o, "path", path);
    String action = required(o, "action", path);
    String resource = required(o, "resource", path);
    if (action != null && (action.indexOf(':') <= 0 || action.endsWith(":"))) {
      problems.add(o.get("action").location(), path.key("action"), "expected SERVICE:ACTION, found \"" + action + "\"");
    }
    Map<String, String> context = context(o.get("context"), path.key("context"));
    if (template == null || action == null || resource == null || context == null) {
      return null;
    }
    RouteSpec spec = new RouteSpec(method, template, action, resource, context);
    PathTemplate parsed;
    try {
      parsed = PathTemplate.parse(template);
    } catch (IllegalArgumentException e) {
      problems.add(o.get("path").location(), path.key("path"), e.getMessage());
      return null;
    }
    try {
      ArnTemplate.parse(resource, parsed.variables());
    } catch (IllegalArgumentException e) {
      problems.add(o.get("resource").location(), path.key("resource"), e.getMessage());
      return null;
    }
    LocatedObject ctx = o.get("context") instanceof LocatedObject c ? c : null;
    boolean ok = true;
    for (Map.Entry<String, String> e : context.entrySet()) {
      try {
        ContextSource.parse(e.getValue(), parsed.variables());
      } catch (IllegalArgumentException ex) {
        problems.add(ctx.get(e.getKey()).location(), path.key("context").key(e.getKey()), ex.getMessage());
        ok = false;
      }
    }
    return ok ? spec : null;
  }

  private Map<String, String> context(LocatedNode node, NodePath path) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof LocatedObject o)) {
      problems.add(node.location(), path, "expected an object of context keys and their sources, e.g. "
          + "{\"shop:Channel\": \"header:X-Channel\"}");
      return null;
    }
    for (LocatedObject.Entry e : o.entries()) {
      if (e.key().indexOf(':') <= 0) {
        problems.add(e.keyLocation(), path.key(e.key()), "expected a context key such as shop:Channel");
      }
      String source = string(e.value(), path.key(e.key()));
      if (source != null) {
        out.put(e.key(), source);
      }
    }
    return out;
  }

  private UnmatchedRequests unmatched(LocatedNode node, NodePath path) {
    String text = node == null ? null : string(node, path);
    if (text == null || text.equals("deny")) {
      return UnmatchedRequests.DENY;
    }
    if (text.equals("pass")) {
      return UnmatchedRequests.PASS;
    }
    problems.add(node.location(), path, "expected \"deny\" or \"pass\", found \"" + text + "\"");
    return UnmatchedRequests.DENY;
  }

  private AuthenticationSettings authentication(LocatedNode node, NodePath path) {
    AuthenticationSettings d = AuthenticationSettings.defaults();
    if (node == null) {
      return d;
    }
    if (!(node instanceof LocatedObject o)) {
      problems.add(node.location(), path, "expected an object with " + String.join(", ", AUTH_KEYS));
      return d;
    }
    unknownKeys(o, path, AUTH_KEYS);
    boolean sigV4 = d.sigV4();
    String service = null;
    List<String> regions = List.of();
    Duration lastUsed = d.lastUsedInterval();
    LocatedNode s = o.get("sigv4");
    if (s instanceof LocatedObject so) {
      unknownKeys(so, path.key("sigv4"), SIGV4_KEYS);
      service = so.get("service") == null ? null : string(so.get("service"), path.key("sigv4").key("service"));
      regions = strings(so.get("regions"), path.key("sigv4").key("regions"));
      if (service == null && !regions.isEmpty()) {
        problems.add(so.location(), path.key("sigv4").key("service"), "regions need a service");
      }
      lastUsed = lastUsedInterval(so.get("lastUsedIntervalSeconds"), path.key("sigv4").key("lastUsedIntervalSeconds"),
          lastUsed);
    } else if (s != null) {
      sigV4 = bool(s, path.key("sigv4"), true);
    }
    List<OidcRoleMapping> oidc = oidc(o.get("oidc"), path.key("oidc"));
    boolean basic = o.get("basic") == null ? d.basic() : bool(o.get("basic"), path.key("basic"), d.basic());
    boolean container = o.get("container") == null ? d.container()
        : bool(o.get("container"), path.key("container"), d.container());
    String mfaHeader = o.get("mfaHeader") == null ? d.mfaHeader() : string(o.get("mfaHeader"), path.key("mfaHeader"));
    String account = o.get("account") == null ? null : string(o.get("account"), path.key("account"));
    if (account != null && !account.matches("\\d{12}")) {
      problems.add(o.get("account").location(), path.key("account"), "expected a 12-digit account id");
    }
    List<String> proxies = strings(o.get("trustedProxies"), path.key("trustedProxies"));
    for (int i = 0; i < proxies.size(); i++) {
      try {
        IpRange.parse(proxies.get(i));
      } catch (IllegalArgumentException e) {
        LocatedNode p = o.get("trustedProxies");
        problems.add(p instanceof LocatedArray a ? a.elements().get(i).location() : p.location(),
            path.key("trustedProxies").index(i), e.getMessage());
      }
    }
    return new AuthenticationSettings(sigV4, service, regions, oidc, basic,
        mfaHeader == null ? d.mfaHeader() : mfaHeader, container, account, proxies, lastUsed);
  }

  private List<OidcRoleMapping> oidc(LocatedNode node, NodePath path) {
    List<OidcRoleMapping> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof LocatedArray list)) {
      problems.add(node.location(), path, "expected an array of {issuer, role}");
      return out;
    }
    for (int i = 0; i < list.elements().size(); i++) {
      LocatedNode e = list.elements().get(i);
      if (!(e instanceof LocatedObject o)) {
        problems.add(e.location(), path.index(i), "expected an object with issuer and role");
        continue;
      }
      unknownKeys(o, path.index(i), OIDC_KEYS);
      String issuer = required(o, "issuer", path.index(i));
      String role = required(o, "role", path.index(i));
      if (issuer != null && !issuer.startsWith("https://")) {
        problems.add(o.get("issuer").location(), path.index(i).key("issuer"), "an issuer is an https:// URL");
      } else if (role != null && !role.matches("arn:aws[\\w-]*:iam::\\d{12}:role/.+")) {
        problems.add(o.get("role").location(), path.index(i).key("role"), "expected a role ARN, found \"" + role + "\"");
      } else if (issuer != null && role != null) {
        out.add(new OidcRoleMapping(issuer, role));
      }
    }
    return out;
  }

  private void unknownKeys(LocatedObject o, NodePath path, List<String> known) {
    for (LocatedObject.Entry e : o.entries()) {
      if (!known.contains(e.key())) {
        problems.add(e.keyLocation(), path.key(e.key()), "unknown key \"" + e.key() + "\""
            + SpellingHint.didYouMean(e.key(), known));
      }
    }
  }

  private String required(LocatedObject o, String key, NodePath path) {
    LocatedNode v = o.get(key);
    if (v == null) {
      problems.add(o.location(), path.key(key), "missing \"" + key + "\"");
      return null;
    }
    String s = string(v, path.key(key));
    if (s != null && s.isBlank()) {
      problems.add(v.location(), path.key(key), "expected a non-empty string");
      return null;
    }
    return s;
  }

  private List<String> strings(LocatedNode node, NodePath path) {
    if (node == null) {
      return List.of();
    }
    List<LocatedNode> items = node instanceof LocatedArray a ? a.elements() : List.of(node);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String s = string(items.get(i), node instanceof LocatedArray ? path.index(i) : path);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** Whole seconds, 0 (off) or more. */
  private Duration lastUsedInterval(LocatedNode node, NodePath path, Duration fallback) {
    if (node == null) {
      return fallback;
    }
    if (node instanceof LocatedScalar s && s.text().matches("\\d{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(s.text()));
    }
    problems.add(node.location(), path, "expected a whole number of seconds (0 turns recording off)");
    return fallback;
  }

  private boolean bool(LocatedNode node, NodePath path, boolean fallback) {
    if (node instanceof LocatedScalar s && (s.text().equals("true") || s.text().equals("false"))) {
      return Boolean.parseBoolean(s.text());
    }
    problems.add(node.location(), path, "expected true or false");
    return fallback;
  }

  /** The text of a scalar (a number or boolean too, as written); a problem for anything else. */
  String string(LocatedNode node, NodePath path) {
    if (node instanceof LocatedScalar s && s.kind() != ScalarKind.NULL) {
      return s.text();
    }
    problems.add(node.location(), path, "expected a string");
    return null;
  }
}
