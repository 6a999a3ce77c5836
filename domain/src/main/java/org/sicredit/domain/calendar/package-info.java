/**
 * Working days as the State Council's yearly holiday notices define them: weekends, public holidays and
 * make-up working days (调休). Deadlines in working days (上海市社会信用条例 第三十六条、第三十七条、第三十八条;
 * 沪人社规〔2018〕30号 第九条) are counted here.
 */
package org.sicredit.domain.calendar;
