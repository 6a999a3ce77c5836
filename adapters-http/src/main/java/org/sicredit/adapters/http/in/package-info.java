/**
 * The REST API that drives sicredit's use cases ({@link org.sicredit.adapters.http.in.RestApi}), served by Javalin on
 * Jetty — optional dependencies of this module, which a composition root that serves the API adds.
 */
package org.sicredit.adapters.http.in;
