/**
 * Subjects of dishonesty records (沪人社规〔2018〕30号 第三条、第七条) and the identifiers that name them:
 * unified social credit codes, legacy organisation codes and resident ID numbers, each valid by construction.
 */
package org.sicredit.domain.subject;
