/**
 * Providers' monthly files in (CSV, XLSX), Platform reports and the catalogue out, holiday data in.
 */
package org.sicredit.adapters.file;
