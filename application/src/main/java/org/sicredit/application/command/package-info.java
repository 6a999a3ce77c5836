/**
 * Values that the commands and queries of many use cases carry alike: the version a change expects
 * ({@link org.sicredit.application.command.ExpectedVersion}) and the page a list asks for
 * ({@link org.sicredit.application.command.PageRequest}).
 */
package org.sicredit.application.command;
