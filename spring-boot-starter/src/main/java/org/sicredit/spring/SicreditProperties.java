package org.sicredit.spring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;
import java.time.Duration;

/**
 * sicredit's settings in a Spring service, under {@code sicredit.*}, checked when the application starts (a wrong
 * value stops it with the property's name). The names are the {@code sicredit} program's where they mean the same:
 * {@code sicredit.keys} is the program's {@code SICREDIT_KEYS} (Spring reads that environment variable into it),
 * {@code sicredit.data.dir}, {@code sicredit.platform.url} and {@code sicredit.platform.token} its {@code data.dir},
 * {@code platform.url} and {@code platform.token}. The database is the service's own {@code spring.datasource}.
 *
 * @param keys the key ring as text — active=<id>;key.<id>=<Base64 of 32 bytes>;index=<Base64 of 32 bytes>, the
 *             format of SICREDIT_KEYS and of the program's key file; this or sicredit.key-file is
 *             required, and it must match the keys the database was written with
 * @param keyFile a key file (properties, readable by its owner only) to read the key ring from instead of
 *                sicredit.keys; it must exist: the starter never creates keys
 * @param data where the exchange directories are when no Platform URL is set
 * @param platform the Public Credit Information Service Platform, reached over HTTP when its URL is set
 * @param migrations sicredit's schema migrations on the service's database
 * @param holidays holiday schedules beyond those shipped
 * @param jobs the work sicredit does on its own: the outbox relay, the expiry sweep, forgetting idempotency keys
 * @param health what the health indicator calls stuck
 */
@ConfigurationProperties("sicredit")
@Validated
public record SicreditProperties(
        String keys,
        Path keyFile,
        @Valid @DefaultValue Data data,
        @Valid @DefaultValue Platform platform,
        @Valid @DefaultValue Migrations migrations,
        @Valid @DefaultValue Holidays holidays,
        @Valid @DefaultValue Jobs jobs,
        @Valid @DefaultValue Health health) {

    static final String AT_LEAST_A_SECOND = "须不少于 1 秒 / must be at least 1 second";

    @Override
    public String toString() {
        return "SicreditProperties[keys " + (keys == null ? "unset" : "***") + ", keyFile " + keyFile + ", " + data
                + ", " + platform + ", " + migrations + ", " + holidays + ", " + jobs + ", " + health + "]";
    }

    /**
     * @param dir the data directory: the Platform exchange directory is <dir>/exchange and the providers'
     *            notices <dir>/notices, as the program keeps them
     */
    public record Data(@NotNull @DefaultValue("data") Path dir) {
    }

    /**
     * @param url the Platform's base URL (http or https); unset, reports and revocations are written to the
     *            exchange directory instead
     * @param token the bearer token the Platform expects, if any
     */
    public record Platform(@Pattern(regexp = "https?://[^\\s]+", message = "须为 http:// 或 https:// 开头的网址 / "
            + "must be an http:// or https:// URL") String url, String token) {

        @Override
        public String toString() {
            return "Platform[url " + (url == null ? "unset: the exchange directory" : url) + ", token "
                    + (token == null ? "unset" : "***") + "]";
        }
    }

    /**
     * @param enabled whether sicredit migrates its schema when the application starts (its own migrations and
     *                history table sicredit_schema_history, beside the service's); off, the schema must
     *                already be current or the application does not start
     */
    public record Migrations(@DefaultValue("true") boolean enabled) {
    }

    /**
     * @param dir a directory of further holiday schedules (<year>.json, the State Council's, in the shipped
     *            format), read beside the shipped ones
     */
    public record Holidays(Path dir) {
    }

    /**
     * @param outboxRelay delivers reports, revocations and notices to the Platform and providers after commit
     * @param expirySweep takes records off the Platform when their query period ends
     * @param forgetIdempotencyKeys forgets idempotency keys older than a day
     */
    public record Jobs(@Valid @DefaultValue OutboxRelay outboxRelay, @Valid @DefaultValue ExpirySweep expirySweep,
                       @Valid @DefaultValue ForgetIdempotencyKeys forgetIdempotencyKeys) {
    }

    /**
     * @param enabled whether this instance runs the relay (several instances may: each message is claimed once)
     * @param interval the pause between two runs
     */
    public record OutboxRelay(@DefaultValue("true") boolean enabled,
                              @NotNull @DurationMin(seconds = 1, message = AT_LEAST_A_SECOND) @DefaultValue("1m") Duration interval) {
    }

    /**
     * @param enabled whether this instance runs the sweep (several instances may: each record is claimed once)
     * @param interval the pause between two runs
     */
    public record ExpirySweep(@DefaultValue("true") boolean enabled,
                              @NotNull @DurationMin(seconds = 1, message = AT_LEAST_A_SECOND) @DefaultValue("1h") Duration interval) {
    }

    /**
     * @param enabled whether this instance forgets old idempotency keys
     * @param interval the pause between two runs
     */
    public record ForgetIdempotencyKeys(@DefaultValue("true") boolean enabled,
                                        @NotNull @DurationMin(seconds = 1, message = AT_LEAST_A_SECOND) @DefaultValue("1h") Duration interval) {
    }

    /**
     * @param outboxStuckAfter the health indicator reports DOWN when the oldest undelivered message has waited longer
     */
    public record Health(@NotNull @DurationMin(seconds = 1, message = AT_LEAST_A_SECOND) @DefaultValue("1h") Duration outboxStuckAfter) {
    }
}
