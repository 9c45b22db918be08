package io.gatehouse.conformance;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.DecisionType;
import io.gatehouse.PolicySet;
import java.nio.file.Path;

/**
 * One conformance case: an authorization question and the answer AWS IAM's documented policy
 * evaluation logic gives. The format is described in {@code shared/conformance/FORMAT.md}.
 *
 * @param file the case file
 * @param suite the suite named in the file
 * @param id the case's id, unique within its suite
 * @param description what the case checks
 * @param request the request
 * @param policies every policy that applies to the request
 * @param expected the decision AWS gives
 */
public record ConformanceCase(
    Path file,
    String suite,
    String id,
    String description,
    AuthorizationRequest request,
    PolicySet policies,
    DecisionType expected) {}
