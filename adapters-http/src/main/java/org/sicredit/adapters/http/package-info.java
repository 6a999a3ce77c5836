/**
 * The REST API that drives the use cases, and the client that reports to the Public Credit Information Service Platform.
 */
package org.sicredit.adapters.http;
