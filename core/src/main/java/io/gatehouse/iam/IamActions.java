package io.gatehouse.iam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs AWS IAM actions by name, with AWS Query-protocol parameters, over an {@link IamService}: the
 * dispatcher behind {@code gatehouse iam ...} and an endpoint speaking IAM's Query API.
 *
 * <p><b>Parameters</b> carry AWS's Query names ({@code UserName}, {@code PolicyArn}, {@code
 * MaxItems}, ...). Lists are {@code NAME.member.1}, {@code NAME.member.2}, ... (e.g. {@code
 * TagKeys.member.1}); tags are {@code Tags.member.N.Key} and {@code Tags.member.N.Value}; booleans
 * are {@code true} or {@code false}; policy documents are JSON text (an HTTP layer URL-decodes the
 * form first). Parameters an action does not take are ignored, as are the Query protocol's own
 * ({@code Action}, {@code Version}, signature parameters). {@link #describe} lists each action's
 * parameters.
 *
 * <p><b>Results</b> are the action's result element as a tree an XML or JSON renderer can walk:
 * {@code LinkedHashMap<String, Object>} with AWS's members in AWS's order (absent members left
 * out), {@code List<Object>} for AWS lists (XML {@code <member>} elements), and {@code String},
 * {@code Boolean}, {@code Integer} and {@link java.time.Instant} values. As in AWS's Query
 * responses, policy documents ({@code PolicyDocument}, {@code Document}, {@code
 * AssumeRolePolicyDocument}) are URL-encoded JSON strings, and binary members ({@code
 * Base32StringSeed}) base-64 text. The one AWS map type, {@code GetAccountSummary}'s {@code
 * SummaryMap}, is also a {@code Map}; XML writes it as {@code <entry><key/><value/></entry>}. A
 * list result has {@code IsTruncated}, and {@code Marker} only when truncated. An action without
 * a result element returns an empty map.
 *
 * <p><b>Errors</b> are {@link IamException}s with AWS's code, HTTP status and message: {@code
 * InvalidAction} (400) for an unknown action, {@code ValidationError} (400) for a missing required
 * parameter or a malformed number or boolean, and whatever the service refuses with.
 *
 * <p><b>Secrets.</b> {@code SecretAccessKey} appears only in {@code CreateAccessKey}'s result and
 * {@code Base32StringSeed} only in {@code CreateVirtualMFADevice}'s; passwords appear in no
 * result and no message.
 *
 * <p>Not offered: AWS actions the service does not implement (instance profiles, identity
 * providers, ...), and {@link IamService#revokeRoleSessions}, which AWS offers only in its console
 * (it is a {@code PutRolePolicy} of {@code AWSRevokeOlderSessions}). Thread-safe.
 */
public final class IamActions {
  private static final String API_VERSION = "2010-05-08";

  private final IamService service;
  private final Map<String, ActionTable.Definition> actions;

  /** Offers the service's operations as IAM actions. */
  public IamActions(IamService service) {
    this.service = Objects.requireNonNull(service, "service");
    this.actions = Collections.unmodifiableMap(ActionTable.all().definitions());
  }

  /**
   * The actions offered and their parameters, in alphabetical order, without a service: for
   * command lines and documentation that list them before an account is opened.
   */
  public static List<IamActionDescription> catalog() {
    List<IamActionDescription> out = new ArrayList<>();
    ActionTable.all().definitions().values().forEach(d -> out.add(d.description()));
    return out;
  }

  /** The names of the actions offered, in alphabetical order. */
  public Set<String> actionNames() {
    return actions.keySet();
  }

  /** What an action does and which parameters it takes; empty for an action not offered. */
  public Optional<IamActionDescription> describe(String action) {
    return Optional.ofNullable(actions.get(action)).map(ActionTable.Definition::description);
  }

  /**
   * Runs an action as an administrator of the account.
   *
   * @param action AWS's action name, e.g. {@code CreateUser} (case-sensitive, as AWS)
   * @param parameters the Query parameters by name
   * @return the result element as a tree (see the class description); empty if the action has none
   * @throws IamException {@code InvalidAction}, {@code ValidationError}, or the service's refusal
   */
  public Map<String, Object> invoke(String action, Map<String, String> parameters) {
    return invoke(action, parameters, null);
  }

  /**
   * Runs an action for a caller. AWS takes the user of {@code ChangePassword} from the request's
   * credentials; this is that user. Other actions do not use it.
   *
   * @param callerUserName the IAM user who signed the request, or null if the caller is not an IAM
   *     user ({@code ChangePassword} is then refused with {@code InvalidUserType})
   * @throws IamException as {@link #invoke(String, Map)}
   */
  public Map<String, Object> invoke(String action, Map<String, String> parameters, String callerUserName) {
    Objects.requireNonNull(parameters, "parameters");
    ActionTable.Definition definition = action == null ? null : actions.get(action);
    if (definition == null) {
      throw new IamException("InvalidAction", 400,
          "Could not find operation " + action + " for version " + API_VERSION);
    }
    return definition.handler().apply(service, new ActionRequest(definition.description(), parameters, callerUserName));
  }

  /** The account the actions administer. */
  public String accountId() {
    return service.accountId();
  }

  @Override
  public String toString() {
    return "IamActions[" + actions.size() + " actions]";
  }
}
