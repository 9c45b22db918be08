/** The PostgreSQL store's schema, SQL and change listener. Not for applications to call. */
package io.gatehouse.store.postgresql.internal;
