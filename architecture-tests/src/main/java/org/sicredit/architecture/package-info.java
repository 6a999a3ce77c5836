/**
 * The hexagon's boundaries as ArchUnit rules, each proven able to fail.
 */
package org.sicredit.architecture;
