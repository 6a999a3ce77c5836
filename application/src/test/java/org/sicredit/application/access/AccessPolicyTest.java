package org.sicredit.application.access;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.rejection.Rejection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.record.ActorRole.AUDITOR;
import static org.sicredit.domain.record.ActorRole.BUREAU;
import static org.sicredit.domain.record.ActorRole.CENTRE;
import static org.sicredit.domain.record.ActorRole.OFFICER;
import static org.sicredit.domain.record.ActorRole.PROVIDER;
import static org.sicredit.domain.record.ActorRole.SUBJECT;
import static org.sicredit.domain.record.ActorRole.SYSTEM;

/** The whole table, walked: every permission × every role is allowed or ROLE_NOT_ALLOWED, as the articles say. */
class AccessPolicyTest {

    private static final Map<Permission, Set<ActorRole>> EXPECTED = HashMap.ofEntries(
            io.vavr.Tuple.of(Permission.COLLECT_SUBMISSION, HashSet.of(PROVIDER)),
            io.vavr.Tuple.of(Permission.ADD_LATER_FACTS, HashSet.of(PROVIDER)),
            io.vavr.Tuple.of(Permission.REPORT_MONTH, HashSet.of(BUREAU)),
            io.vavr.Tuple.of(Permission.FIND_SUBJECTS_BY_NAME, HashSet.of(PROVIDER, BUREAU, CENTRE, SYSTEM, OFFICER)),
            io.vavr.Tuple.of(Permission.LOOK_UP_SUBJECT, HashSet.of(PROVIDER, BUREAU, CENTRE, SUBJECT, SYSTEM,
                    OFFICER)),
            io.vavr.Tuple.of(Permission.RECEIVE_OBJECTION, HashSet.of(CENTRE)),
            io.vavr.Tuple.of(Permission.MARK_OBJECTION, HashSet.of(CENTRE)),
            io.vavr.Tuple.of(Permission.FORWARD_OBJECTION, HashSet.of(CENTRE)),
            io.vavr.Tuple.of(Permission.NOTIFY_PROVIDER, HashSet.of(BUREAU)),
            io.vavr.Tuple.of(Permission.VERIFY_OBJECTION, HashSet.of(PROVIDER)),
            io.vavr.Tuple.of(Permission.DECIDE_OBJECTION, HashSet.of(BUREAU)),
            io.vavr.Tuple.of(Permission.LIST_OPEN_OBJECTIONS, HashSet.of(BUREAU, CENTRE)),
            io.vavr.Tuple.of(Permission.APPLY_FOR_REPAIR, HashSet.of(SUBJECT, CENTRE, PROVIDER)),
            io.vavr.Tuple.of(Permission.ADD_REPAIR_EVIDENCE, HashSet.of(SUBJECT, CENTRE, PROVIDER)),
            io.vavr.Tuple.of(Permission.VERIFY_REPAIR, HashSet.of(PROVIDER)),
            io.vavr.Tuple.of(Permission.ISSUE_REPAIR_PROOF, HashSet.of(PROVIDER)),
            io.vavr.Tuple.of(Permission.REFUSE_REPAIR, HashSet.of(PROVIDER)),
            io.vavr.Tuple.of(Permission.LIST_OPEN_REPAIRS, HashSet.of(PROVIDER, BUREAU, CENTRE)),
            io.vavr.Tuple.of(Permission.REVOKE_RECORD, HashSet.of(BUREAU, PROVIDER)),
            io.vavr.Tuple.of(Permission.EXPIRE_RECORDS, HashSet.of(SYSTEM, BUREAU)),
            io.vavr.Tuple.of(Permission.PRODUCE_STATISTICS, HashSet.of(PROVIDER, BUREAU, CENTRE)),
            io.vavr.Tuple.of(Permission.RELAY_OUTBOX, HashSet.of(SYSTEM, BUREAU)),
            io.vavr.Tuple.of(Permission.LIST_OUTBOX, HashSet.of(BUREAU, SYSTEM)),
            io.vavr.Tuple.of(Permission.REQUEUE_MESSAGE, HashSet.of(BUREAU)),
            io.vavr.Tuple.of(Permission.READ_AUDIT_TRAIL, HashSet.of(AUDITOR)),
            io.vavr.Tuple.of(Permission.MANAGE_API_KEYS, HashSet.of(BUREAU, SYSTEM)));

    @Test
    void every_permission_times_every_role_is_allowed_exactly_where_the_table_says() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrder(Permission.values());
        for (Permission permission : Permission.values()) {
            for (ActorRole role : ActorRole.values()) {
                Either<Rejection, Caller> answer = AccessPolicy.check(caller(role, "SHSI"), permission);
                boolean expected = EXPECTED.get(permission).get().contains(role);
                assertThat(answer.isRight()).as(permission + " × " + role).isEqualTo(expected);
                if (!expected) {
                    assertThat(answer.getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");
                    assertThat(answer.getLeft().kind()).isEqualTo(org.sicredit.domain.rejection.RejectionKind.FORBIDDEN);
                    assertThat(answer.getLeft().field()).isEqualTo("caller");
                    assertThat(answer.getLeft().value()).isEqualTo(role.name());
                }
            }
        }
    }

    @Test
    void a_provider_acts_only_on_its_own_records_where_the_rule_says_so_and_other_roles_are_not_scoped() {
        for (Permission permission : Permission.values()) {
            boolean scoped = AccessPolicy.rule(permission).ownRecordsOnly();
            if (AccessPolicy.rule(permission).allows(PROVIDER)) {
                assertThat(AccessPolicy.check(caller(PROVIDER, "SHSI"), permission, "SHSI").isRight()).isTrue();
                Either<Rejection, Caller> foreign = AccessPolicy.check(caller(PROVIDER, "SHLS"), permission, "SHSI");
                assertThat(foreign.isLeft()).as(permission.name()).isEqualTo(scoped);
                foreign.swap().forEach(refused -> assertThat(refused.code()).isEqualTo("PROVIDER_SCOPE"));
            }
            for (ActorRole role : AccessPolicy.roles(permission).remove(PROVIDER)) {
                assertThat(AccessPolicy.check(caller(role, "SHSI"), permission, "SHSI").isRight()).isTrue();
            }
        }
    }

    @Test
    void a_refusal_names_the_roles_that_may_in_both_languages() {
        Rejection refused = AccessPolicy.check(Caller.subject("s", org.sicredit.domain.subject.UnifiedSocialCreditCode.parse("9131000013221158XC").get()), Permission.LIST_OPEN_OBJECTIONS).getLeft();

        assertThat(refused.messageZh()).isEqualTo("此操作只能由市人力资源社会保障局或市公共信用信息服务中心办理");
        assertThat(refused.messageEn()).isEqualTo("Only the Bureau or the Centre may do this");
        assertThat(AccessPolicy.check(Caller.subject("s", org.sicredit.domain.subject.UnifiedSocialCreditCode.parse("9131000013221158XC").get()), Permission.EXPIRE_RECORDS).getLeft().messageEn())
                .isEqualTo("Only the Bureau or a system job may do this");
        assertThat(AccessPolicy.check(Caller.subject("s", org.sicredit.domain.subject.UnifiedSocialCreditCode.parse("9131000013221158XC").get()), Permission.PRODUCE_STATISTICS).getLeft().messageZh())
                .isEqualTo("此操作只能由失信信息提供单位、市人力资源社会保障局或市公共信用信息服务中心办理");
        assertThat(AccessPolicy.check(Caller.subject("s", org.sicredit.domain.subject.UnifiedSocialCreditCode.parse("9131000013221158XC").get()), Permission.REPORT_MONTH).getLeft().messageEn())
                .isEqualTo("Only the Bureau may do this");
        assertThat(List.of(ActorRole.values()).map(AccessPolicy::roleZh)).doesNotHaveDuplicates();
        assertThat(List.of(ActorRole.values()).map(AccessPolicy::roleEn)).doesNotHaveDuplicates();
    }

    private static Caller caller(ActorRole role, String provider) {
        if (role == SUBJECT) {
            return Caller.subject("actor", org.sicredit.domain.subject.UnifiedSocialCreditCode.parse(
                    "9131000013221158XC").get());
        }
        return role == PROVIDER ? Caller.provider("clerk", provider) : new Caller("actor", role,
                io.vavr.control.Option.none());
    }
}
