package org.sicredit.application.service;

import org.junit.jupiter.api.Test;
import org.sicredit.application.access.Caller;
import org.sicredit.application.fixtures.Application;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.in.IssueApiKeyUseCase;
import org.sicredit.application.port.in.ListApiKeysUseCase;
import org.sicredit.application.port.in.RevokeApiKeyUseCase;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.AuditLogPort.AuditEntry;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.fixtures.Subjects;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.rejection.RejectionKind;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {

    private static final Caller BUREAU = Caller.bureau("admin-1");

    private final Application app = new Application(Clocks.on(LocalDate.of(2020, 7, 10)));

    @Test
    void a_provider_key_authenticates_as_that_provider_under_the_key_id_and_its_secret_is_never_stored() {
        IssueApiKeyUseCase.Result issued = issue(ActorRole.PROVIDER, "SHSI", null);

        Caller caller = app.sicredit.authenticate().authenticate(issued.token()).get();

        assertThat(caller).isEqualTo(Caller.provider("apikey:" + issued.key().keyId(), "SHSI"));
        assertThat(issued.token()).matches("sk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        String secret = issued.token().substring(20);
        assertThat(app.apiKeys.all().single().toString()).doesNotContain(secret);
        assertThat(new String(app.apiKeys.all().single().secretHash(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(secret);
        assertThat(issued.toString()).doesNotContain(secret);
        assertThat(app.audit.entriesByActor("admin-1").map(AuditEntry::action)).containsExactly(Action.API_KEY_ISSUED);
    }

    @Test
    void a_subject_key_is_bound_to_the_subject_and_lists_it_masked() {
        IssueApiKeyUseCase.Result issued = issue(ActorRole.SUBJECT, null, Subjects.PERSON_ID);

        Caller caller = app.sicredit.authenticate().authenticate(issued.token()).get();

        assertThat(caller.role()).isEqualTo(ActorRole.SUBJECT);
        assertThat(caller.subject().get().identity()).contains(Subjects.PERSON_ID.substring(0, 6));
        assertThat(app.sicredit.listApiKeys().list(new ListApiKeysUseCase.Query(BUREAU)).get().single().toString())
                .doesNotContain(Subjects.PERSON_ID);
    }

    @Test
    void every_secret_is_new_and_a_forged_or_altered_token_authenticates_no_one() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            tokens.add(issue(ActorRole.OFFICER, null, null).token());
        }
        String token = tokens.iterator().next();
        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

        assertThat(tokens).hasSize(50);
        for (String forged : new String[] {altered, "sk_0000000000000000_" + token.substring(20), "", "Bearer " + token,
                token + " ", "sk_" + "x".repeat(100)}) {
            assertThat(app.sicredit.authenticate().authenticate(forged).getLeft()).satisfies(refused -> {
                assertThat(refused.code()).isEqualTo("API_KEY_UNKNOWN");
                assertThat(refused.kind()).isEqualTo(RejectionKind.UNAUTHENTICATED);
            });
        }
        assertThat(app.sicredit.authenticate().authenticate(null).getLeft().code()).isEqualTo("API_KEY_UNKNOWN");
    }

    @Test
    void a_revoked_key_authenticates_no_one_from_that_instant() {
        IssueApiKeyUseCase.Result issued = issue(ActorRole.CENTRE, null, null);

        app.sicredit.revokeApiKey().revoke(new RevokeApiKeyUseCase.Command(BUREAU, issued.key().keyId())).get();

        assertThat(app.sicredit.authenticate().authenticate(issued.token()).getLeft().code())
                .isEqualTo("API_KEY_REVOKED");
        assertThat(app.sicredit.revokeApiKey().revoke(new RevokeApiKeyUseCase.Command(BUREAU, "nope")).getLeft().code())
                .isEqualTo("API_KEY_NOT_FOUND");
    }

    @Test
    void a_key_revoked_by_another_instance_stops_authenticating_within_ten_seconds() {
        MutableClock clock = new MutableClock(LocalDate.of(2020, 7, 10));
        Application instance = new Application(clock);
        IssueApiKeyUseCase.Result issued = instance.sicredit.issueApiKey().issue(new IssueApiKeyUseCase.Command(BUREAU,
                ActorRole.CENTRE, null, null, "窗口")).get();
        instance.sicredit.authenticate().authenticate(issued.token()).get();

        instance.apiKeys.revoke(issued.key().keyId(), clock.instant());
        clock.advance(java.time.Duration.ofSeconds(9));
        boolean stillRemembered = instance.sicredit.authenticate().authenticate(issued.token()).isRight();
        clock.advance(java.time.Duration.ofSeconds(2));

        assertThat(stillRemembered).as("read less than ten seconds ago").isTrue();
        assertThat(instance.sicredit.authenticate().authenticate(issued.token()).getLeft().code())
                .isEqualTo("API_KEY_REVOKED");
    }

    @Test
    void only_the_bureau_manages_keys_and_a_scope_must_fit_the_role() {
        assertThat(app.sicredit.issueApiKey().issue(new IssueApiKeyUseCase.Command(Caller.provider("c", "SHSI"),
                ActorRole.BUREAU, null, null, "x")).getLeft().code()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(refusal(ActorRole.PROVIDER, null, null)).isEqualTo("API_KEY_SCOPE");
        assertThat(refusal(ActorRole.BUREAU, "SHSI", null)).isEqualTo("API_KEY_SCOPE");
        assertThat(refusal(ActorRole.SUBJECT, null, null)).isEqualTo("API_KEY_SCOPE");
        assertThat(refusal(ActorRole.AUDITOR, null, Subjects.PERSON_ID)).isEqualTo("API_KEY_SCOPE");
        assertThat(refusal(ActorRole.SYSTEM, null, null)).isEqualTo("API_KEY_ROLE");
        assertThat(refusal(ActorRole.PROVIDER, "NOPE", null)).isNotBlank();
        assertThat(refusal(ActorRole.SUBJECT, null, "不是代码")).isEqualTo("LOOKUP_IDENTIFIER");
        assertThat(app.apiKeys.all()).isEmpty();
    }

    private String refusal(ActorRole role, String provider, String subject) {
        return app.sicredit.issueApiKey().issue(new IssueApiKeyUseCase.Command(BUREAU, role, provider, subject,
                "窗口")).getLeft().code();
    }

    private IssueApiKeyUseCase.Result issue(ActorRole role, String provider, String subject) {
        return app.sicredit.issueApiKey().issue(new IssueApiKeyUseCase.Command(BUREAU, role, provider, subject,
                "窗口 " + role)).get();
    }
}
