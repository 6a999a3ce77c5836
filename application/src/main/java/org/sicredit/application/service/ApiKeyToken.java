package org.sicredit.application.service;

import io.vavr.control.Option;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An API key as a caller holds it: {@code sk_<id>_<secret>} — a public id of 16 hex digits by which it is found,
 * and a secret of 256 random bits (base64url) of which only the SHA-256 hash is kept.
 */
record ApiKeyToken(String keyId, String secret) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("sk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
    private static final byte[] NO_KEY = new byte[32];

    static ApiKeyToken generate() {
        byte[] id = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return new ApiKeyToken(HexFormat.of().formatHex(id),
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    static Option<ApiKeyToken> parse(String token) {
        if (token == null || token.length() > 80) {
            return Option.none();
        }
        var matcher = FORM.matcher(token);
        return matcher.matches() ? Option.some(new ApiKeyToken(matcher.group(1), matcher.group(2))) : Option.none();
    }

    /**
     * Whether the presented secret hashes to the stored hash, compared in constant time; when either is missing a
     * comparison of the same cost still runs, so the time taken does not say whether the id exists.
     */
    static boolean matches(Option<ApiKeyToken> presented, Option<byte[]> storedHash) {
        byte[] actual = presented.map(ApiKeyToken::secretHash).getOrElse(NO_KEY);
        boolean equal = MessageDigest.isEqual(actual, storedHash.getOrElse(NO_KEY));
        return equal && presented.isDefined() && storedHash.isDefined();
    }

    String token() {
        return "sk_" + keyId + "_" + secret;
    }

    byte[] secretHash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeyToken[" + keyId + ", ****]";
    }
}
