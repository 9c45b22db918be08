package io.gatehouse.internal.evaluation;

import io.gatehouse.DeterminingStatement;

/**
 * A compiled statement in the role its policy plays in one layer, with the reason it gives when it
 * decides, made once so that decisions need not build it.
 */
record BoundStatement(CompiledStatement statement, DeterminingStatement reason) {}
