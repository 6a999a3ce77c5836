package org.sicredit.application.service;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.sicredit.application.access.AccessPolicy;
import org.sicredit.application.access.Caller;
import org.sicredit.application.access.Permission;
import org.sicredit.application.port.in.AuthenticateUseCase;
import org.sicredit.application.port.in.IssueApiKeyUseCase;
import org.sicredit.application.port.in.ListApiKeysUseCase;
import org.sicredit.application.port.in.RevokeApiKeyUseCase;
import org.sicredit.application.port.out.ApiKeyPort.StoredKey;
import org.sicredit.application.port.out.ApiKeyPort;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.TransactionPort;
import org.sicredit.application.view.ApiKeyView;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.Providers;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;
import org.sicredit.domain.subject.PersonalNumberMask;
import org.sicredit.domain.subject.SubjectIdentifier;

import java.time.Clock;

/**
 * API keys: issued with a random secret stored only as its hash, revoked, listed, and presented to authenticate. A key
 * read to authenticate is kept for {@link #REMEMBERED} (at most {@link #REMEMBERED_KEYS} of them), so a busy caller
 * does not cost a read of the store per request; a revocation takes effect at once on the instance that made it and
 * within that time on any other instance sharing the store.
 */
final class ApiKeyService implements IssueApiKeyUseCase, RevokeApiKeyUseCase, ListApiKeysUseCase, AuthenticateUseCase {

    static final java.time.Duration REMEMBERED = java.time.Duration.ofSeconds(10);
    static final int REMEMBERED_KEYS = 10_000;

    private final java.util.concurrent.ConcurrentMap<String, Remembered> remembered =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A key as read from the store, and when. */
    private record Remembered(Option<StoredKey> key, java.time.Instant readAt) {
    }

    private final ApiKeyPort keys;
    private final TransactionPort transactions;
    private final Trail trail;
    private final Clock clock;
    private final CommandCheck check;

    ApiKeyService(ApiKeyPort keys, TransactionPort transactions, Trail trail, Clock clock, CommandCheck check) {
        this.keys = keys;
        this.transactions = transactions;
        this.trail = trail;
        this.clock = clock;
        this.check = check;
    }

    @Override
    public Either<Rejection, IssueApiKeyUseCase.Result> issue(IssueApiKeyUseCase.Command command) {
        return check.check(command)
                .flatMap(valid -> AccessPolicy.check(valid.caller(), Permission.MANAGE_API_KEYS))
                .flatMap(caller -> scope(command))
                .flatMap(scope -> {
                    ApiKeyToken token = ApiKeyToken.generate();
                    StoredKey key = new StoredKey(token.keyId(), token.secretHash(), command.role(),
                            scope.providerCode(), scope.subject(), command.label().strip(), clock.instant(),
                            Option.none());
                    return transactions.inTransaction(() -> keys.add(key).map(added -> trail.bulk(command.caller(),
                            Action.API_KEY_ISSUED, added.keyId() + " " + added.role(),
                            new IssueApiKeyUseCase.Result(ApiKeyView.of(added), token.token()))));
                });
    }

    @Override
    public Either<Rejection, ApiKeyView> revoke(RevokeApiKeyUseCase.Command command) {
        return check.check(command)
                .flatMap(valid -> AccessPolicy.check(valid.caller(), Permission.MANAGE_API_KEYS))
                .peek(caller -> remembered.remove(command.keyId()))
                .flatMap(caller -> transactions.inTransaction(() -> keys.revoke(command.keyId(), clock.instant())
                        .map(revoked -> trail.bulk(caller, Action.API_KEY_REVOKED, revoked.keyId(),
                                ApiKeyView.of(revoked)))))
                .peek(revoked -> remembered.remove(command.keyId()));
    }

    @Override
    public Either<Rejection, Seq<ApiKeyView>> list(ListApiKeysUseCase.Query query) {
        return check.check(query)
                .flatMap(valid -> AccessPolicy.check(valid.caller(), Permission.MANAGE_API_KEYS))
                .map(caller -> keys.all().map(ApiKeyView::of));
    }

    @Override
    public Either<Rejection, Caller> authenticate(String token) {
        Option<ApiKeyToken> presented = ApiKeyToken.parse(token);
        Option<StoredKey> stored = presented.flatMap(parsed -> stored(parsed.keyId()));
        boolean matches = ApiKeyToken.matches(presented, stored.map(StoredKey::secretHash));
        if (!matches) {
            return Either.left(Rejection.of(RejectionCodes.API_KEY_UNKNOWN, "Authorization", "",
                    "没有有效的 API 密钥：请在 Authorization 头中以 Bearer 方式提供", "No valid API key: send one as "
                            + "'Authorization: Bearer <key>'"));
        }
        StoredKey key = stored.get();
        if (key.isRevoked()) {
            return Either.left(Rejection.of(RejectionCodes.API_KEY_REVOKED, "Authorization", key.keyId(),
                    "该 API 密钥已被撤销", "This API key was revoked"));
        }
        return Either.right(new Caller("apikey:" + key.keyId(), key.role(), key.providerCode(), key.subject()));
    }

    /** The key by id, from what was read in the last {@link #REMEMBERED}, else from the store. */
    private Option<StoredKey> stored(String keyId) {
        java.time.Instant now = clock.instant();
        Remembered known = remembered.get(keyId);
        if (known != null && !known.readAt().plus(REMEMBERED).isBefore(now) && !known.readAt().isAfter(now)) {
            return known.key();
        }
        Option<StoredKey> read = keys.findById(keyId);
        if (remembered.size() >= REMEMBERED_KEYS) {
            remembered.clear();
        }
        remembered.put(keyId, new Remembered(read, now));
        return read;
    }

    /** What a key of the role is bound to: a provider's code, a subject's identifier, or nothing. */
    private Either<Rejection, Scope> scope(IssueApiKeyUseCase.Command command) {
        ActorRole role = command.role();
        if (role == ActorRole.SYSTEM) {
            return Either.left(Rejection.of(RejectionCodes.API_KEY_ROLE, "role", role.name(),
                    "系统角色只供内部作业使用，不能签发 API 密钥", "The SYSTEM role is for internal jobs, not for API keys"));
        }
        Option<String> provider = Option.of(command.providerCode()).map(String::strip).filter(code -> !code.isEmpty());
        Option<String> subject = Option.of(command.subject()).map(String::strip).filter(text -> !text.isEmpty());
        if ((role == ActorRole.PROVIDER) != provider.isDefined()) {
            return Either.left(Rejection.of(RejectionCodes.API_KEY_SCOPE, "providerCode", provider.getOrElse(""),
                    "提供单位的密钥须且只有它须绑定提供单位代码", "A PROVIDER key, and only it, is bound to a provider code"));
        }
        if ((role == ActorRole.SUBJECT) != subject.isDefined()) {
            return Either.left(Rejection.of(RejectionCodes.API_KEY_SCOPE, "subject",
                    subject.map(PersonalNumberMask::mask).getOrElse(""),
                    "信用主体的密钥须且只有它须绑定主体标识", "A SUBJECT key, and only it, is bound to a subject identifier"));
        }
        Either<Rejection, Option<String>> providerCode = provider.isEmpty() ? Either.right(Option.none())
                : Providers.byCode(provider.get()).map(found -> Option.some(found.code()));
        return providerCode.flatMap(code -> subject(subject).map(identifier -> new Scope(code, identifier)));
    }

    private Either<Rejection, Option<SubjectIdentifier>> subject(Option<String> subject) {
        if (subject.isEmpty()) {
            return Either.right(Option.none());
        }
        return LookUpSubjectService.parsed(subject.get(), clock).headOption().map(Option::some)
                .toEither(() -> Rejection.of(RejectionCodes.LOOKUP_IDENTIFIER, "subject",
                        PersonalNumberMask.mask(subject.get()), "不是可识别的统一社会信用代码、组织机构代码或证件号码",
                        "Not a credit code, organisation code or identity document number sicredit knows"));
    }

    private record Scope(Option<String> providerCode, Option<SubjectIdentifier> subject) {
    }
}
