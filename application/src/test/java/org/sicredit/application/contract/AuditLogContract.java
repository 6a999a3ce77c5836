package org.sicredit.application.contract;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.AuditLogPort.AuditEntry;
import org.sicredit.application.port.out.AuditLogPort;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.RecordId;
import org.sicredit.domain.subject.ResidentIdNumber;
import org.sicredit.domain.subject.SubjectIdentifier;
import org.sicredit.domain.subject.UnifiedSocialCreditCode;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link AuditLogPort} must do: keep every entry whole, in the order appended. */
public abstract class AuditLogContract {

    private static final SubjectIdentifier COMPANY = UnifiedSocialCreditCode.parse("9131000013221158XC").get();

    private static final RecordId FIRST = RecordId.of("00000000-0000-0000-0000-000000000001");
    private static final RecordId SECOND = RecordId.of("00000000-0000-0000-0000-000000000002");

    /** A new, empty audit log for each test. */
    protected abstract AuditLogPort emptyLog();

    @Test
    void an_entry_reads_back_equal_in_every_field() {
        AuditLogPort log = emptyLog();
        AuditEntry lookup = new AuditEntry(Instant.parse("2020-10-12T01:02:03.456Z"), "pudong-officer",
                ActorRole.PROVIDER, Action.LOOKUP, "就业补贴资格审核", "4405**********0014", LocalDate.of(2020, 10, 12),
                List.of(FIRST, SECOND), true);

        AuditEntry refused = new AuditEntry(Instant.parse("2020-10-12T01:02:04Z"), "pudong-officer",
                ActorRole.PROVIDER, Action.LOOKUP_REFUSED, "审核", "4405**********0015", LocalDate.of(2020, 10, 12),
                List.empty(), false, io.vavr.control.Option.some("LOOKUP_IDENTIFIER"));

        log.append(lookup);
        log.append(refused);

        assertThat(log.entriesByActor("pudong-officer")).containsExactly(lookup, refused);
    }

    @Test
    void entries_are_listed_in_the_order_appended_by_actor_subject_and_record_and_none_is_merged() {
        AuditLogPort log = emptyLog();
        AuditEntry later = entry("2020-10-12T09:00:00Z", "officer-1", "9131000013221158XC", List.of(SECOND));
        AuditEntry earlier = entry("2020-10-12T08:00:00Z", "officer-2", "9131000013221158XC", List.of(FIRST, SECOND));
        AuditEntry bulk = new AuditEntry(Instant.parse("2020-10-12T10:00:00Z"), "officer-1", ActorRole.BUREAU,
                Action.MONTH_REPORTED, "2020-09：2条", "", LocalDate.of(2020, 10, 12), List.empty(), false);

        log.append(later, List.of(COMPANY));
        log.append(earlier, List.of(COMPANY));
        log.append(bulk);
        log.append(later, List.of(COMPANY));

        assertThat(log.entriesByActor("officer-1")).containsExactly(later, bulk, later);
        assertThat(log.entriesAbout(COMPANY)).containsExactly(later, earlier, later);
        assertThat(log.entriesFor(FIRST)).containsExactly(earlier);
        assertThat(log.entriesFor(SECOND)).containsExactly(later, earlier, later);
        assertThat(log.entriesByActor("nobody")).isEmpty();
    }

    private static AuditEntry entry(String at, String actor, String subject, List<RecordId> records) {
        return new AuditEntry(Instant.parse(at), actor, ActorRole.BUREAU, Action.LOOKUP, "复核", subject,
                LocalDate.of(2020, 10, 12), records, false);
    }

    @Test
    void two_people_whose_masked_numbers_read_the_same_are_told_apart() {
        AuditLogPort log = emptyLog();
        ResidentIdNumber one = new ResidentIdNumber("440524188001010014");
        ResidentIdNumber other = new ResidentIdNumber("440524196001010014");
        AuditEntry aboutOne = entry("2020-10-12T08:00:00Z", "officer-1", one.masked(), List.of(FIRST));
        AuditEntry aboutOther = entry("2020-10-12T09:00:00Z", "officer-2", other.masked(), List.of(SECOND));
        AuditEntry byName = entry("2020-10-12T10:00:00Z", "officer-3", "李四", List.of(FIRST, SECOND));
        assertThat(one.masked()).isEqualTo(other.masked());

        log.append(aboutOne, List.of(one));
        log.append(aboutOther, List.of(other));
        log.append(byName, List.of(one, other));

        assertThat(log.entriesAbout(one)).containsExactly(aboutOne, byName);
        assertThat(log.entriesAbout(other)).containsExactly(aboutOther, byName);
        assertThat(log.entriesAbout(new ResidentIdNumber("11010519491231002X"))).isEmpty();
        assertThat(log.entriesAbout(COMPANY)).isEmpty();
    }

    @Test
    void entries_appended_by_many_callers_at_once_are_each_kept_once_whole_with_their_subjects() throws Exception {
        AuditLogPort log = emptyLog();
        java.util.List<Integer> callers = java.util.stream.IntStream.range(0, 16).boxed().toList();

        Concurrently.each(callers, caller -> {
            for (int i = 0; i < 5; i++) {
                log.append(entry("2020-10-12T08:00:00Z", "officer-" + caller, "9131000013221158XC",
                        List.of(FIRST, SECOND)), List.of(COMPANY));
            }
            return caller;
        });

        assertThat(log.entriesAbout(COMPANY)).hasSize(80)
                .allSatisfy(entry -> assertThat(entry.records()).containsExactly(FIRST, SECOND));
        for (int caller : callers) {
            assertThat(log.entriesByActor("officer-" + caller)).hasSize(5);
        }
    }
}
