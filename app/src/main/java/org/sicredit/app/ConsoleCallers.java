package org.sicredit.app;

import org.sicredit.application.access.Caller;

/**
 * Who a console command acts as: the role the law gives the step, under the operating-system user's name
 * ({@code console:<user>}), so the audit trail says who typed it.
 */
final class ConsoleCallers {

    private ConsoleCallers() {
    }

    static String actor() {
        return "console:" + System.getProperty("user.name", "?");
    }

    static Caller bureau() {
        return Caller.bureau(actor());
    }

    static Caller centre() {
        return Caller.centre(actor());
    }

    static Caller provider(String providerCode) {
        return Caller.provider(actor(), providerCode);
    }
}
