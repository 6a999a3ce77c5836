/**
 * Which 第八条 measures apply to a subject on a date, because of which active records, on which legal basis — and
 * the question a service counter asks: may this subject use a convenience today?
 */
package org.sicredit.domain.sanction;
