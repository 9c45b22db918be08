/** Session token encoding and signing. Not API. */
package io.gatehouse.sts.internal;
