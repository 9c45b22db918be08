/** The audit trail: one CloudTrail-shaped event for every decision and every identity change. */
package io.gatehouse.audit;
