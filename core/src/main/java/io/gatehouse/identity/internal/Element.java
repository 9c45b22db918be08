package io.gatehouse.identity.internal;

import io.gatehouse.policy.internal.parse.LocatedNode;
import io.gatehouse.policy.internal.parse.NodePath;

/**
 * One element of an account file with the path that problems about it carry.
 *
 * @param node the element
 * @param path where it stands, e.g. {@code UserDetailList[2]}
 */
record Element(LocatedNode node, NodePath path) {}
