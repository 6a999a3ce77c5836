package org.sicredit.adapters.file.out;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.control.Either;
import org.sicredit.application.port.out.ProviderNotifierPort;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * {@link ProviderNotifierPort} over a drop directory, so sicredit runs with no HTTP endpoint configured: a request to
 * verify a record under objection (沪人社规〔2018〕30号 第九条) is a file {@code <provider>/<objection>.json} that the
 * provider's system (or clerk) picks up. Written whole (a temporary file, then a link that fails if the notice is
 * there already), once per objection — the same request again is answered with the first delivery's time. The
 * directory is {@code 0700}, its files {@code 0600}: the grounds may quote personal data.
 */
public final class ProviderNoticeDirectory implements ProviderNotifierPort {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Clock clock;

    private ProviderNoticeDirectory(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    public static ProviderNoticeDirectory at(Path root, Clock clock) {
        try {
            return new ProviderNoticeDirectory(OwnerOnly.directory(root), clock);
        } catch (IOException unusable) {
            throw new UncheckedIOException("通知目录无法创建 / the notice directory cannot be created: " + root, unusable);
        }
    }

    @Override
    public synchronized Either<Rejection, Instant> requestVerification(VerificationRequest request) {
        Path temporary = null;
        try {
            Path provider = OwnerOnly.directory(root.resolve(request.providerCode().replaceAll("[^A-Za-z0-9_-]", "_")));
            Path notice = provider.resolve(request.objectionId().value().replaceAll("[^A-Za-z0-9_-]", "_") + ".json");
            if (Files.exists(notice)) {
                return Either.right(deliveredAt(notice));
            }
            Instant now = clock.instant();
            ObjectNode json = JSON.createObjectNode();
            json.put("kind", "verification-request");
            json.put("providerCode", request.providerCode());
            json.put("objectionId", request.objectionId().value());
            json.put("recordId", request.recordId().toString());
            json.put("grounds", request.grounds());
            json.put("decisionDue", String.valueOf(request.decisionDue()));
            json.put("deliveredAt", now.toString());
            temporary = provider.resolve(".incoming-" + java.util.UUID.randomUUID());
            OwnerOnly.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
            try {
                Files.createLink(notice, temporary);
            } catch (FileAlreadyExistsException anotherWasFirst) {
                return Either.right(deliveredAt(notice));
            }
            return Either.right(now);
        } catch (IOException | UncheckedIOException | IllegalStateException | UnsupportedOperationException failed) {
            return Either.left(Rejection.of(RejectionCodes.PLATFORM_UNAVAILABLE, "provider", "",
                    "通知目录暂时无法写入，稍后重试", "The notice directory could not be written; it will be retried"));
        } finally {
            if (temporary != null) {
                temporary.toFile().delete();
            }
        }
    }

    private static Instant deliveredAt(Path notice) throws IOException {
        return Instant.parse(JSON.readTree(Files.readAllBytes(notice)).get("deliveredAt").asText());
    }
}
