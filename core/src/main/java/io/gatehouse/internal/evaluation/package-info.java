/** The evaluator: compiled statements, action indexes, and AWS evaluation logic. Not API. */
package io.gatehouse.internal.evaluation;
