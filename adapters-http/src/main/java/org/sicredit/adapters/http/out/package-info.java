/**
 * What sicredit drives over HTTP: the Public Credit Information Service Platform ({@link
 * org.sicredit.adapters.http.out.HttpPlatformGateway}) and the providers' systems ({@link
 * org.sicredit.adapters.http.out.HttpProviderNotifier}), with the JDK client only — a service that uses these gets
 * neither Javalin nor Jetty.
 */
package org.sicredit.adapters.http.out;
