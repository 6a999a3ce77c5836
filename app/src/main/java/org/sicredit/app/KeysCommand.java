package org.sicredit.app;

import io.vavr.control.Either;
import org.sicredit.application.access.Caller;
import org.sicredit.application.port.in.IssueApiKeyUseCase;
import org.sicredit.application.port.in.ListApiKeysUseCase;
import org.sicredit.application.port.in.RevokeApiKeyUseCase;
import org.sicredit.application.view.ApiKeyView;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.rejection.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;

/** {@code sicredit keys add|list|revoke}: the API keys, managed at the console (as the SYSTEM role). */
@Command(name = "keys", mixinStandardHelpOptions = true, description = {"管理 API 密钥。", "Manages API keys."})
final class KeysCommand extends ConsoleCommand {

    private static final Caller CONSOLE = Caller.system("sicredit keys");


    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"签发密钥（只显示这一次）。", "Issues a key, shown this once."})
    int add(@Option(names = "--role", required = true,
                    description = "BUREAU, PROVIDER, CENTRE, OFFICER, AUDITOR, SUBJECT") ActorRole role,
            @Option(names = "--provider", description = "提供单位代码 / provider code (PROVIDER)") String provider,
            @Option(names = "--subject", description = "主体标识 / subject identifier (SUBJECT)") String subject,
            @Option(names = "--label", defaultValue = "console", description = "说明 / a label") String label) {
        return run(composition -> composition.sicredit().issueApiKey().issue(new IssueApiKeyUseCase.Command(CONSOLE,
                role, provider, subject, label)).map(issued -> {
                    out().printf("%s %s%n", issued.key().keyId(), issued.token());
                    return 0;
                }));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"列出全部密钥。", "Lists every key."})
    int list() {
        return run(composition -> composition.sicredit().listApiKeys().list(new ListApiKeysUseCase.Query(CONSOLE))
                .map(keys -> {
                    keys.forEach(this::print);
                    return 0;
                }));
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = {"撤销密钥。", "Revokes a key."})
    int revoke(@Parameters(paramLabel = "KEY-ID") String keyId) {
        return run(composition -> composition.sicredit().revokeApiKey().revoke(new RevokeApiKeyUseCase.Command(CONSOLE,
                keyId)).map(key -> {
                    print(key);
                    return 0;
                }));
    }

    private void print(ApiKeyView key) {
        out().printf("%s %-8s %-6s %-20s %s %s%s%n", key.keyId(), key.role(), key.providerCode().getOrElse("-"),
                key.subjectMasked().getOrElse("-"), key.createdAt(), key.label(),
                key.revokedAt().map(at -> (common.english() ? "  revoked " : "  已撤销 ") + at).getOrElse(""));
    }

    private int run(java.util.function.Function<Composition, Either<Rejection, Integer>> work) {
        return console().run(work);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
