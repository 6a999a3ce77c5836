/**
 * Package-private {@code XxxService} classes that implement the use cases over the ports.
 */
package org.sicredit.application.service;
