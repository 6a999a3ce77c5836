/**
 * Everything a maintainer changes when the rules change, and nothing else: the categories (第五条), the severity
 * rules (第六条) and their "large amount", the sanction measures (第八条), the query period and the working-day
 * deadlines of 上海市社会信用条例 第三十五至三十八条, the citations, and which {@link org.sicredit.domain.policy.Measure}
 * governs which dates ({@link org.sicredit.domain.policy.PolicyBook}).
 */
package org.sicredit.domain.policy;
