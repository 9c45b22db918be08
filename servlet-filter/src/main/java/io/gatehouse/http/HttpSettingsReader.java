package io.gatehouse.http;

import io.gatehouse.http.internal.HttpSettingsReading;
import io.gatehouse.policy.internal.parse.LocatedObject;
import io.gatehouse.policy.internal.parse.NodePath;
import io.gatehouse.policy.internal.parse.ProblemList;
import java.util.List;

/**
 * Reads the HTTP keys of a {@code gatehouse.yaml} ({@code routes}, {@code unmatched}, {@code
 * authentication}) from an already parsed, located document, adding every problem to the caller's
 * list as {@code file:line:column: path: message}. Other keys are left to the caller, so that the
 * servlet filter's and the agent's readers share this one.
 *
 * <pre>{@code
 * routes:
 *   - {method: GET, path: "/orders/{id}", action: shop:GetOrder,
 *      resource: "arn:shop:orders::${aws:PrincipalAccount}:order/{id}",
 *      context: {"shop:Channel": "header:X-Channel"}}
 * unmatched: deny                       # or pass
 * authentication:
 *   sigv4: {service: shop, regions: [us-east-1]}   # or true / false
 *   oidc: [{issuer: "https://idp.example.com", role: "arn:aws:iam::123456789012:role/WebUsers"}]
 *   basic: true
 *   mfaHeader: X-Gatehouse-MFA
 *   container: false
 *   account: "123456789012"             # of Basic and container user names
 *   trustedProxies: [10.0.0.0/8]
 * }</pre>
 */
public final class HttpSettingsReader {
  /** The top-level keys this reader reads. */
  public static final List<String> KEYS = List.of("routes", "unmatched", "authentication");

  /** Creates a reader. */
  public HttpSettingsReader() {}

  /**
   * Reads the HTTP settings of a document's top-level object.
   *
   * @param top the document's top-level object; keys other than {@link #KEYS} are ignored here
   * @param path the object's path, usually {@link NodePath#root()}
   * @param problems receives every problem found
   * @return the settings, or null if there were problems
   */
  public HttpSettings read(LocatedObject top, NodePath path, ProblemList problems) {
    return new HttpSettingsReading(problems).settings(top, path);
  }
}
