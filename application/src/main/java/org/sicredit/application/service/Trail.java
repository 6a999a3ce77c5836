package org.sicredit.application.service;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.AuditLogPort.AuditEntry;
import org.sicredit.application.port.out.AuditLogPort;
import org.sicredit.domain.calendar.ShanghaiTime;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.subject.PersonalNumberMask;
import org.sicredit.domain.subject.SubjectIdentifier;
import org.sicredit.domain.text.Limits;

import java.time.Clock;
import java.time.LocalDate;

/** Writes the audit entry of a change: who, what, why, to which record; the subject masked. */
final class Trail {

    private final AuditLogPort audit;
    private final Clock clock;

    Trail(AuditLogPort audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** A change to one record; answers {@code result} so it can end a chain. */
    <T> T changed(Caller caller, Action action, String why, DishonestyRecord record, T result) {
        audit.append(new AuditEntry(clock.instant(), caller.actorId(), caller.role(), action,
                PersonalNumberMask.maskWithin(why),
                        masked(record.content().subject().identifier()), ShanghaiTime.today(clock), List.of(record.id()),
                        false),
                List.of(record.content().subject().identifier()));
        return result;
    }

    /** A bulk change (a submission, a report, a sweep), summed up in {@code summary}. */
    <T> T bulk(Caller caller, Action action, String summary, T result) {
        audit.append(new AuditEntry(clock.instant(), caller.actorId(), caller.role(), action,
                PersonalNumberMask.maskWithin(summary), "",
                ShanghaiTime.today(clock), List.empty(), false));
        return result;
    }

    void lookedUp(Caller caller, String purpose, String subjectMasked, Seq<SubjectIdentifier> about, LocalDate asOf,
                  Seq<RecordId> shown, boolean personalNumbersShown) {
        audit.append(new AuditEntry(clock.instant(), caller.actorId(), caller.role(), Action.LOOKUP,
                PersonalNumberMask.maskWithin(purpose),
                subjectMasked, asOf, shown, personalNumbersShown), about);
    }

    /**
     * A lookup that was refused, about whom it asked when that is known, with the refusal's code. What the caller sent
     * may be what was refused — too long, with a NUL — so it is kept only as far as the trail can hold it.
     */
    void lookupRefused(Caller caller, String purpose, String subjectMasked, Seq<SubjectIdentifier> about,
                       LocalDate asOf, String refusalCode) {
        String actorId = kept(caller.actorId(), Limits.ACTOR_ID);
        audit.append(new AuditEntry(clock.instant(), actorId.isBlank() ? "?" : actorId, caller.role(),
                Action.LOOKUP_REFUSED, PersonalNumberMask.maskWithin(kept(purpose, Limits.REASON)),
                kept(subjectMasked, Limits.NAME), asOf, List.empty(), false,
                io.vavr.control.Option.some(refusalCode)), about);
    }

    /** An auditor read the trail about a subject: that reading is itself in the trail. */
    void trailRead(Caller caller, String purpose, String subjectMasked, Seq<SubjectIdentifier> about,
                   Seq<RecordId> records) {
        audit.append(new AuditEntry(clock.instant(), caller.actorId(), caller.role(), Action.AUDIT_TRAIL_READ,
                PersonalNumberMask.maskWithin(purpose), subjectMasked, ShanghaiTime.today(clock), records, false),
                about);
    }

    /** {@code text} without the characters the trail refuses, cut to {@code most} characters. */
    private static String kept(String text, int most) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        text.strip().codePoints().filter(c -> !Character.isISOControl(c) && !Character.isSurrogate((char) c)
                || c > Character.MAX_VALUE).limit(most).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    static String masked(SubjectIdentifier identifier) {
        return identifier.masked();
    }
}
