package org.sicredit.application.access;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.SubjectIdentifier;

import java.util.Objects;

import static org.sicredit.domain.record.ActorRole.AUDITOR;
import static org.sicredit.domain.record.ActorRole.BUREAU;
import static org.sicredit.domain.record.ActorRole.CENTRE;
import static org.sicredit.domain.record.ActorRole.OFFICER;
import static org.sicredit.domain.record.ActorRole.PROVIDER;
import static org.sicredit.domain.record.ActorRole.SUBJECT;
import static org.sicredit.domain.record.ActorRole.SYSTEM;

/**
 * Who may do what: the one table of the application (沪人社规〔2018〕30号 第四条、第七至十条; 上海市社会信用条例
 * 第三十六至三十八条). Each {@link Permission} names the roles that may take it and whether a provider takes it only
 * for its own records; every service asks here, and so will the HTTP adapter for its endpoints. A role not named
 * is {@code ROLE_NOT_ALLOWED}; a provider acting for another provider's records is {@code PROVIDER_SCOPE}. Whether
 * personal numbers are shown whole is {@link Disclosure}'s.
 */
public final class AccessPolicy {

    public static final String ROLE_NOT_ALLOWED = RejectionCodes.ROLE_NOT_ALLOWED;
    public static final String PROVIDER_SCOPE = RejectionCodes.PROVIDER_SCOPE;
    public static final String SUBJECT_SCOPE = RejectionCodes.SUBJECT_SCOPE;

    /**
     * One row of the table.
     *
     * @param ownRecordsOnly a caller in the provider role takes the action only for its own provider's records
     */
    public record Rule(Set<ActorRole> roles, boolean ownRecordsOnly) {

        public Rule {
            Objects.requireNonNull(roles, "roles");
        }

        public boolean allows(ActorRole role) {
            return roles.contains(role);
        }
    }

    private static final Map<Permission, Rule> TABLE = LinkedHashMap.<Permission, Rule>empty()
            .put(Permission.COLLECT_SUBMISSION, rule(true, PROVIDER))
            .put(Permission.ADD_LATER_FACTS, rule(true, PROVIDER))
            .put(Permission.REPORT_MONTH, rule(false, BUREAU))
            .put(Permission.LOOK_UP_SUBJECT, rule(false, PROVIDER, BUREAU, CENTRE, SUBJECT, SYSTEM, OFFICER))
            .put(Permission.FIND_SUBJECTS_BY_NAME, rule(false, PROVIDER, BUREAU, CENTRE, SYSTEM, OFFICER))
            .put(Permission.RECEIVE_OBJECTION, rule(false, CENTRE))
            .put(Permission.MARK_OBJECTION, rule(false, CENTRE))
            .put(Permission.FORWARD_OBJECTION, rule(false, CENTRE))
            .put(Permission.NOTIFY_PROVIDER, rule(false, BUREAU))
            .put(Permission.VERIFY_OBJECTION, rule(true, PROVIDER))
            .put(Permission.DECIDE_OBJECTION, rule(false, BUREAU))
            .put(Permission.LIST_OPEN_OBJECTIONS, rule(false, BUREAU, CENTRE))
            .put(Permission.APPLY_FOR_REPAIR, rule(true, SUBJECT, CENTRE, PROVIDER))
            .put(Permission.ADD_REPAIR_EVIDENCE, rule(true, SUBJECT, CENTRE, PROVIDER))
            .put(Permission.VERIFY_REPAIR, rule(true, PROVIDER))
            .put(Permission.ISSUE_REPAIR_PROOF, rule(true, PROVIDER))
            .put(Permission.REFUSE_REPAIR, rule(true, PROVIDER))
            .put(Permission.LIST_OPEN_REPAIRS, rule(true, PROVIDER, BUREAU, CENTRE))
            .put(Permission.REVOKE_RECORD, rule(true, BUREAU, PROVIDER))
            .put(Permission.EXPIRE_RECORDS, rule(false, SYSTEM, BUREAU))
            .put(Permission.PRODUCE_STATISTICS, rule(true, PROVIDER, BUREAU, CENTRE))
            .put(Permission.RELAY_OUTBOX, rule(false, SYSTEM, BUREAU))
            .put(Permission.LIST_OUTBOX, rule(false, BUREAU, SYSTEM))
            .put(Permission.REQUEUE_MESSAGE, rule(false, BUREAU))
            .put(Permission.READ_AUDIT_TRAIL, rule(false, AUDITOR))
            .put(Permission.MANAGE_API_KEYS, rule(false, BUREAU, SYSTEM));

    private AccessPolicy() {
    }

    public static Rule rule(Permission permission) {
        return TABLE.get(permission).getOrElseThrow(() -> new IllegalStateException("no rule for " + permission));
    }

    /** The caller, when its role may take {@code permission}; otherwise {@code ROLE_NOT_ALLOWED}. */
    public static Either<Rejection, Caller> check(Caller caller, Permission permission) {
        Rule rule = rule(permission);
        if (rule.allows(caller.role())) {
            return Either.right(caller);
        }
        List<ActorRole> allowed = rule.roles().toList().sorted();
        return Either.left(Rejection.of(ROLE_NOT_ALLOWED, "caller", caller.role().name(),
                "此操作只能由" + either(allowed.map(AccessPolicy::roleZh), "、", "或") + "办理",
                "Only " + either(allowed.map(AccessPolicy::roleEn), ", ", " or ") + " may do this"));
    }

    /**
     * The caller, when its role may take {@code permission} on a record of {@code ownerProviderCode}: a provider only
     * on its own records where the rule says so ({@code PROVIDER_SCOPE}).
     */
    public static Either<Rejection, Caller> check(Caller caller, Permission permission, String ownerProviderCode) {
        return check(caller, permission).flatMap(allowed -> !rule(permission).ownRecordsOnly()
                || allowed.role() != PROVIDER || allowed.actsFor(ownerProviderCode)
                ? Either.right(allowed)
                : Either.left(Rejection.of(PROVIDER_SCOPE, "providerCode", ownerProviderCode,
                        "只能办理本单位（" + allowed.providerCode().getOrElse("无") + "）提供的失信信息",
                        "A provider acts only on its own records")));
    }

    /**
     * The caller, when its role may take {@code permission} on a record of {@code subject}: a subject caller only on
     * its own records ({@code SUBJECT_SCOPE}); other roles as {@link #check(Caller, Permission)} says.
     */
    public static Either<Rejection, Caller> checkSubject(Caller caller, Permission permission,
                                                         SubjectIdentifier subject) {
        return check(caller, permission).flatMap(allowed -> allowed.role() != SUBJECT || allowed.is(subject)
                ? Either.right(allowed)
                : Either.left(Rejection.of(SUBJECT_SCOPE, "subject", subject.masked(),
                        "信息主体只能查询和办理本主体的失信信息", "A subject sees and acts on its own records only")));
    }

    /** The roles that may take {@code permission}, in the order of {@link ActorRole}. */
    public static Set<ActorRole> roles(Permission permission) {
        return TreeSet.ofAll(rule(permission).roles());
    }

    private static Rule rule(boolean ownRecordsOnly, ActorRole... roles) {
        return new Rule(io.vavr.collection.HashSet.of(roles), ownRecordsOnly);
    }

    private static String either(List<String> names, String separator, String lastSeparator) {
        return names.size() == 1 ? names.head()
                : names.init().mkString(separator) + lastSeparator + names.last();
    }

    static String roleZh(ActorRole role) {
        return switch (role) {
            case PROVIDER -> "失信信息提供单位";
            case BUREAU -> "市人力资源社会保障局";
            case CENTRE -> "市公共信用信息服务中心";
            case SUBJECT -> "信息主体";
            case SYSTEM -> "系统任务";
            case OFFICER -> "窗口经办人员";
            case AUDITOR -> "审计人员";
        };
    }

    static String roleEn(ActorRole role) {
        return switch (role) {
            case PROVIDER -> "a provider";
            case BUREAU -> "the Bureau";
            case CENTRE -> "the Centre";
            case SUBJECT -> "the subject";
            case SYSTEM -> "a system job";
            case OFFICER -> "counter staff";
            case AUDITOR -> "an auditor";
        };
    }
}
