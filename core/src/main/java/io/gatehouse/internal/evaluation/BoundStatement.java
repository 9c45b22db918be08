package io.gatehouse.internal.evaluation;

import io.gatehouse.DeterminingStatement;
import java.util.List;

/**
 * A compiled statement in the role its policy plays in one layer, with the reason it gives when it
 * decides, made once so that decisions need not build it.
 *
 * @param statement the statement
 * @param reason how a decision names it
 * @param position its place in the layer, in document order: where several statements could
 *     decide, the first one does
 * @param reasons {@code reason} as a list of one, for an allow that it decides alone
 */
record BoundStatement(
    CompiledStatement statement,
    DeterminingStatement reason,
    int position,
    List<DeterminingStatement> reasons) {

  BoundStatement(CompiledStatement statement, DeterminingStatement reason, int position) {
    this(statement, reason, position, List.of(reason));
  }
}
