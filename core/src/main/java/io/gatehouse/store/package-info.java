/** Where accounts live: immutable snapshots swapped atomically, durable writes. */
package io.gatehouse.store;
