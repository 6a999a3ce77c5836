/**
 * Package-private {@code XxxService} classes that implement the use cases over the ports, and
 * {@code ServiceWiring}, which builds them for {@code org.sicredit.application.Sicredit}.
 */
package org.sicredit.application.service;
