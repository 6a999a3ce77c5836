/**
 * What text sicredit accepts and how long it may be: {@link org.sicredit.domain.text.Limits}, defined once and held
 * by the schema's column sizes, and {@link org.sicredit.domain.text.TextRules}, which refuses control characters,
 * NUL and unpaired surrogates and removes the invisible characters that let a name evade a lookup.
 */
package org.sicredit.domain.text;
