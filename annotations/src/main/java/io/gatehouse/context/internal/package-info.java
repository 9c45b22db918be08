/** How the call context is stored and shared with the Gatehouse agent; not for application use. */
package io.gatehouse.context.internal;
