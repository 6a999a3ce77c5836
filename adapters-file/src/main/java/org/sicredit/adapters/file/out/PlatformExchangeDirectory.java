package org.sicredit.adapters.file.out;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.sicredit.application.port.out.PlatformGatewayPort;
import org.sicredit.domain.rejection.Rejection;
import org.sicredit.domain.rejection.RejectionCodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * {@link PlatformGatewayPort} over an exchange directory, for a Platform that takes its data as files (沪人社规〔2018〕30号
 * 第七条第二款): each message is a directory {@code <kind>/<key>/} holding its lines as JSON Lines ({@code lines.jsonl},
 * the fields by name) and as CSV ({@code lines.csv}, UTF-8, Chinese headers), with exactly the fields of 第七条 for a
 * monthly report, and a {@code manifest.json} (kind, key, period, lines, counts per provider and category, the SHA-256
 * and size of each file, when and under which reference it was written). The Platform reads a message once its
 * manifest is there.
 *
 * <p>Guarantees: a message appears whole or not at all (written under {@code .incoming-…}, forced to the disk, then
 * renamed into place); a message is written once per key — sent again, or by two relays at once, it is answered with
 * the first receipt; a failure leaves nothing of it and answers {@code PLATFORM_UNAVAILABLE}, so the outbox retries.
 * The directory carries resident ID numbers as the Platform needs them: it is created {@code 0700} and its files
 * {@code 0600}, and an existing directory others may enter is refused.
 */
public final class PlatformExchangeDirectory implements PlatformGatewayPort {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Clock clock;
    private Runnable beforePublish = () -> { };

    private PlatformExchangeDirectory(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /** The exchange directory at {@code root}, created {@code 0700} if it is not there. */
    public static PlatformExchangeDirectory at(Path root, Clock clock) {
        try {
            return new PlatformExchangeDirectory(OwnerOnly.directory(root), clock);
        } catch (IOException unusable) {
            throw new UncheckedIOException("交换目录无法创建 / the exchange directory cannot be created: " + root,
                    unusable);
        }
    }

    /** For tests: runs after a message's files are written and before it is published. */
    void beforePublish(Runnable hook) {
        this.beforePublish = hook;
    }

    @Override
    public Either<Rejection, Receipt> submit(PlatformReport report) {
        return deliver(new Message<>("report", report.idempotencyKey(), report.period().toString(), report.lines(),
                ExchangeColumns.REPORT, line -> line.providerCode() + "|" + line.category()));
    }

    @Override
    public Either<Rejection, Receipt> informObjectionDecision(ObjectionDecision decision) {
        return deliver(new Message<>("objection-decision", decision.objectionId(), "", List.of(decision),
                ExchangeColumns.DECISION, line -> ""));
    }

    @Override
    public Either<Rejection, Receipt> informRevocation(Revocation revocation) {
        return deliver(new Message<>("revocation", revocation.recordId().toString(), "", List.of(revocation),
                ExchangeColumns.REVOCATION, line -> ""));
    }

    @Override
    public Either<Rejection, Receipt> informRepair(RepairNotice notice) {
        return deliver(new Message<>("repair", notice.applicationId(), "", List.of(notice), ExchangeColumns.REPAIR,
                line -> notice.providerCode() + "|"));
    }

    @Override
    public Either<Rejection, Receipt> informRecordUpdate(RecordUpdate update) {
        return deliver(new Message<>("record-update", update.idempotencyKey(), "", List.of(update),
                ExchangeColumns.UPDATE, line -> ""));
    }

    /** One message: its kind, key, period (or blank), lines, their columns, and how a line is counted. */
    private record Message<T>(String kind, String key, String period, Seq<T> lines, Seq<ExchangeColumns.Field<T>> columns,
                              Function<T, String> countedAs) {
    }

    private synchronized <T> Either<Rejection, Receipt> deliver(Message<T> message) {
        Path target = root.resolve(message.kind()).resolve(directoryName(message.key()));
        Path incoming = null;
        try {
            if (Files.exists(target.resolve("manifest.json"))) {
                return Either.right(receiptOf(target));
            }
            Files.createDirectories(OwnerOnly.directory(root.resolve(message.kind())));
            incoming = OwnerOnly.temporaryDirectory(root);
            byte[] jsonLines = jsonLines(message);
            byte[] csv = ExchangeColumns.csv(message.columns(), message.lines());
            OwnerOnly.write(incoming.resolve("lines.jsonl"), jsonLines);
            OwnerOnly.write(incoming.resolve("lines.csv"), csv);
            Instant at = clock.instant();
            OwnerOnly.write(incoming.resolve("manifest.json"), manifest(message, at, target, jsonLines, csv));
            beforePublish.run();
            try {
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
                incoming = null;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherWasFirst) {
                return Either.right(receiptOf(target));
            }
            return Either.right(receiptOf(target));
        } catch (IOException | UncheckedIOException | IllegalStateException failed) {
            return Either.left(Rejection.of(RejectionCodes.PLATFORM_UNAVAILABLE, "platform", "",
                    "交换目录暂时无法写入（" + failed.getClass().getSimpleName() + "），稍后重试",
                    "The exchange directory could not be written (" + failed.getClass().getSimpleName()
                            + "); it will be retried"));
        } finally {
            OwnerOnly.deleteTree(incoming);
        }
    }

    private static <T> byte[] jsonLines(Message<T> message) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (T line : message.lines()) {
            ObjectNode object = JSON.createObjectNode();
            message.columns().forEach(field -> object.put(field.name(), field.value().apply(line)));
            lines.append(JSON.writeValueAsString(object)).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static <T> byte[] manifest(Message<T> message, Instant at, Path target, byte[] jsonLines, byte[] csv)
            throws IOException {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("kind", message.kind());
        manifest.put("idempotencyKey", message.key());
        manifest.put("period", message.period());
        manifest.put("lines", message.lines().size());
        ArrayNode counts = manifest.putArray("counts");
        message.lines().groupBy(message.countedAs()).toList().sortBy(group -> group._1).forEach(group -> {
            String[] providerAndCategory = (group._1 + "|").split("\\|", -1);
            ObjectNode count = counts.addObject();
            count.put("provider", providerAndCategory[0]);
            count.put("category", providerAndCategory[1]);
            count.put("lines", group._2.size());
        });
        ArrayNode files = manifest.putArray("files");
        file(files, "lines.jsonl", jsonLines);
        file(files, "lines.csv", csv);
        manifest.put("acknowledgedAt", at.toString());
        manifest.put("reference", "EX-" + message.kind() + "-" + target.getFileName());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
    }

    private static void file(ArrayNode files, String name, byte[] bytes) {
        ObjectNode file = files.addObject();
        file.put("name", name);
        file.put("bytes", bytes.length);
        file.put("sha256", HexFormat.of().formatHex(sha256(bytes)));
    }

    private static Receipt receiptOf(Path message) throws IOException {
        JsonNode manifest = JSON.readTree(Files.readAllBytes(message.resolve("manifest.json")));
        return new Receipt(manifest.get("idempotencyKey").asText(), manifest.get("reference").asText(),
                Instant.parse(manifest.get("acknowledgedAt").asText()), manifest.get("lines").asInt());
    }

    /** A key as a directory name: its safe characters, then a digest of the whole key, so two keys never meet. */
    private static String directoryName(String key) {
        String safe = key.replaceAll("[^A-Za-z0-9._-]", "_");
        return (safe.length() > 60 ? safe.substring(0, 60) : safe) + "-"
                + HexFormat.of().formatHex(sha256(key.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
