/**
 * The {@link org.sicredit.domain.objection.Objection} aggregate: a subject's objection to a record on the Platform,
 * from the Centre's receipt to the Bureau's decision (沪人社规〔2018〕30号 第九条; 上海市社会信用条例 第三十六条), with
 * the working-day deadline of every step.
 */
package org.sicredit.domain.objection;
