/**
 * What the use cases answer with: views built for callers — an HTTP adapter, a command line, an embedding team —
 * never the aggregates themselves. Collections at the boundary are vavr's, as {@code Either} already is.
 */
package org.sicredit.application.view;
