/**
 * Driven ports: narrow, intent-named {@code XxxPort} interfaces that adapters implement; each states the
 * guarantees (idempotency, ordering, atomicity) an implementation must keep.
 */
package org.sicredit.application.port.out;
