/**
 * JMH benchmarks that report speed and memory as ratios against a reference measured in the same run.
 */
package org.sicredit.benchmarks;
