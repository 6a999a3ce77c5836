/**
 * The {@link org.sicredit.domain.repair.RepairApplication} aggregate: credit repair under 沪人社规〔2018〕30号 第十条
 * and 上海市社会信用条例 第三十八条 — an application inside the query period, its evidence, the owning provider's
 * verification, and the written proof or a refusal.
 */
package org.sicredit.domain.repair;
