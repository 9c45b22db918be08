/** Implementation of the identity layer: account file reading and writing, compiled accounts. Not API. */
package io.gatehouse.identity.internal;
