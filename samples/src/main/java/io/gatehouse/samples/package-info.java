/** Runnable examples of Gatehouse. */
package io.gatehouse.samples;
