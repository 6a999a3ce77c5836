/**
 * Bench programs (run by the scripts {@code benchmarks/run-*}) that report speed and memory as ratios against a
 * reference measured in the same run.
 */
package org.sicredit.benchmarks;
