package org.sicredit.application.access;

import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.DishonestyRecord;

/**
 * Who may see a resident ID number whole: the Bureau and the Centre, which run the Platform's data, and the
 * provider that owns the record. Everyone else — other providers, district departments looking subjects up,
 * systems — sees it masked.
 */
public final class Disclosure {

    private Disclosure() {
    }

    public static boolean mayShowPersonalNumbers(Caller caller, DishonestyRecord record) {
        return caller.role() == ActorRole.BUREAU || caller.role() == ActorRole.CENTRE
                || caller.actsFor(record.provider().code());
    }
}
