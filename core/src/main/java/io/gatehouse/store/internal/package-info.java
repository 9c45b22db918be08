/** Implementation of the stores: locking, file watching. Not for applications to call. */
package io.gatehouse.store.internal;
