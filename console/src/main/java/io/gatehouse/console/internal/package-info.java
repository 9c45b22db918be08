/** The console's internals: sessions, CSRF, throttling, endpoints, QR codes. Not an API. */
package io.gatehouse.console.internal;
