package org.sicredit.application.service;

import java.time.ZoneId;

/** Dates in sicredit are Shanghai dates. */
final class Shanghai {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Shanghai() {
    }
}
