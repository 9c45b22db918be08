package io.gatehouse.iam;

import io.gatehouse.PrincipalType;
import io.gatehouse.audit.ChangeEvents;
import io.gatehouse.audit.RequestInfo;
import io.gatehouse.identity.Caller;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link IamActions} that record every change they make (or refuse) in the audit trail: one
 * {@code iam.amazonaws.com} event per write action ({@code Create*}, {@code Delete*}, {@code
 * Attach*}, {@code Put*}, ...), with the caller, the non-secret parameters, the ARNs touched and,
 * on failure, AWS's error code. Read actions ({@code Get*}, {@code List*}) change nothing and are
 * not recorded here (their authorization decisions are).
 */
public final class AuditedIamActions {
  private final IamActions actions;
  private final ChangeEvents events;

  /** Wraps the actions. */
  public AuditedIamActions(IamActions actions, ChangeEvents events) {
    this.actions = Objects.requireNonNull(actions, "actions");
    this.events = Objects.requireNonNull(events, "events");
  }

  /** The actions wrapped. */
  public IamActions actions() {
    return actions;
  }

  /**
   * Runs an action as the caller and records it if it is a write.
   *
   * @throws IamException as {@link IamActions#invoke(String, Map, String)}
   */
  public Map<String, Object> invoke(Caller caller, String action, Map<String, String> parameters, RequestInfo info) {
    String userName = caller.principal().type() == PrincipalType.USER ? caller.principal().name() : null;
    boolean write = isWrite(action);
    try {
      Map<String, Object> result = actions.invoke(action, parameters, userName);
      if (write) {
        events.record(caller, "iam.amazonaws.com", action, parameters, resources(parameters), null, null, info);
      }
      return result;
    } catch (IamException e) {
      if (write) {
        events.record(caller, "iam.amazonaws.com", action, parameters, resources(parameters), e.code(), e.getMessage(),
            info);
      }
      throw e;
    }
  }

  /** True for actions that change the account. */
  public static boolean isWrite(String action) {
    return !(action.startsWith("Get") || action.startsWith("List"));
  }

  private List<String> resources(Map<String, String> p) {
    String account = actions.accountId();
    List<String> out = new ArrayList<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("UserName", "user/");
    kinds.put("GroupName", "group/");
    kinds.put("RoleName", "role/");
    kinds.forEach((param, prefix) -> {
      String name = p.get(param);
      if (name != null) {
        out.add("arn:aws:iam::" + account + ":" + prefix + name);
      }
    });
    String policy = p.get("PolicyArn");
    if (policy != null) {
      out.add(policy);
    }
    String serial = p.get("SerialNumber");
    if (serial != null) {
      out.add(serial);
    }
    return out;
  }
}
