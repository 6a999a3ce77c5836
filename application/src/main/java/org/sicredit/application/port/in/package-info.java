/**
 * Driving ports: one {@code XxxUseCase} interface per use case, its input a nested {@code Command} or
 * {@code Query} record with jakarta.validation constraints, its answer an {@code Either<Rejection, Result>}.
 */
package org.sicredit.application.port.in;
