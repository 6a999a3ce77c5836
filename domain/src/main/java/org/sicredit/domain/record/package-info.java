/**
 * The {@link org.sicredit.domain.record.DishonestyRecord} aggregate (沪人社规〔2018〕30号 第五条、第七条): what a
 * provider collects, its lifecycle from collection to report, objection, revocation, repair and expiry, and the
 * events each change returns.
 */
package org.sicredit.domain.record;
