/**
 * The composition root and the {@code sicredit} command: the only place that wires adapters to the application.
 */
package org.sicredit.app;
