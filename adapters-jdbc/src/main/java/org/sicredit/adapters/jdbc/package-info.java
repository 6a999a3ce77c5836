/**
 * Stores behind the application's store ports on H2 (embedded default) and PostgreSQL (production).
 */
package org.sicredit.adapters.jdbc;
