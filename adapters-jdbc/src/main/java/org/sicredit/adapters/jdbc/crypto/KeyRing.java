package org.sicredit.adapters.jdbc.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that protect personal numbers at rest: AES-256-GCM encryption keys, each with an id stored beside every
 * ciphertext so keys can rotate (new rows are sealed with the active key, old rows open with the key they name),
 * and one HMAC-SHA-256 key for the blind index that finds a number without decrypting anything. The blind-index
 * key cannot rotate without re-indexing every row.
 *
 * <p>A ciphertext is bound to where it belongs (the associated data, e.g. the row id and column): moved to
 * another row it no longer opens.
 */
public final class KeyRing {

    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> encryptionKeys;
    private final String activeKeyId;
    private final SecretKey indexKey;
    private final SecureRandom random = new SecureRandom();
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(KeyRing::newCipher);
    private final ThreadLocal<Mac> macs;

    private KeyRing(Map<String, SecretKey> encryptionKeys, String activeKeyId, SecretKey indexKey) {
        this.encryptionKeys = encryptionKeys;
        this.activeKeyId = activeKeyId;
        this.indexKey = indexKey;
        this.macs = ThreadLocal.withInitial(() -> newMac(indexKey));
    }

    /** Keys by id (32 bytes each), the id of the one that seals new rows, and the 32-byte blind-index key. */
    public static KeyRing of(Map<String, byte[]> encryptionKeys, String activeKeyId, byte[] indexKey) {
        Objects.requireNonNull(activeKeyId, "activeKeyId");
        if (!encryptionKeys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("the active key " + activeKeyId + " is not among the keys");
        }
        Map<String, SecretKey> keys = new TreeMap<>();
        encryptionKeys.forEach((id, key) -> {
            if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
                throw new IllegalArgumentException("a key id is 1–32 letters, digits, - or _: " + id);
            }
            keys.put(id, new SecretKeySpec(checked(key, "key " + id), "AES"));
        });
        return new KeyRing(Map.copyOf(keys), activeKeyId, new SecretKeySpec(checked(indexKey, "index key"),
                "HmacSHA256"));
    }

    /** New random keys under a new random key id ({@code k} and 12 hex digits). */
    public static KeyRing generate() {
        byte[] id = new byte[6];
        new SecureRandom().nextBytes(id);
        return generate("k" + HexFormat.of().formatHex(id));
    }

    /** New random keys: one encryption key with id {@code keyId} and a blind-index key. */
    public static KeyRing generate(String keyId) {
        SecureRandom random = new SecureRandom();
        byte[] key = new byte[KEY_BYTES];
        byte[] index = new byte[KEY_BYTES];
        random.nextBytes(key);
        random.nextBytes(index);
        return of(Map.of(keyId, key), keyId, index);
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** The ids of every encryption key, sorted. */
    public java.util.SortedSet<String> keyIds() {
        return new java.util.TreeSet<>(encryptionKeys.keySet());
    }

    /**
     * The check value of encryption key {@code keyId}: HMAC-SHA-256 of a fixed label under that key, hex. It tells
     * whether a key is the one a database was written with, and reveals nothing of the key.
     */
    public String checkValue(String keyId) {
        SecretKey key = encryptionKeys.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("no key " + keyId + " in the key ring");
        }
        return check(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
    }

    /** The check value of the blind-index key, as {@link #checkValue} computes it. */
    public String indexCheckValue() {
        return check(indexKey);
    }

    private static String check(SecretKey key) {
        Mac mac = newMac(key);
        return HexFormat.of().formatHex(mac.doFinal("sicredit key check value v1".getBytes(StandardCharsets.UTF_8)));
    }

    /** Seals {@code plain} with the active key; {@code context} must be given again to open it. */
    public byte[] seal(String plain, String context) {
        return seal(plain.getBytes(StandardCharsets.UTF_8), context);
    }

    public byte[] seal(byte[] plain, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKeys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Opens what {@link #seal} sealed with key {@code keyId} for the same {@code context}. */
    public String open(String keyId, byte[] sealed, String context) {
        return new String(openBytes(keyId, sealed, context), StandardCharsets.UTF_8);
    }

    public byte[] openBytes(String keyId, byte[] sealed, String context) {
        SecretKey key = encryptionKeys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("no key " + keyId + " in the key ring: configure every key still in use");
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored ciphertext does not open with key " + keyId
                    + " for its row: wrong key or tampered data", e);
        }
    }

    /** The blind index of a value: HMAC-SHA-256, hex, 64 characters. */
    public String blindIndex(String value) {
        return HexFormat.of().formatHex(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    Map<String, SecretKey> encryptionKeys() {
        return encryptionKeys;
    }

    SecretKey indexKey() {
        return indexKey;
    }

    @Override
    public String toString() {
        return "KeyRing[active=" + activeKeyId + ", keys=" + encryptionKeys.keySet() + "]";
    }

    private static byte[] checked(byte[] key, String name) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException(name + " must be " + KEY_BYTES + " bytes");
        }
        int distinct = (int) java.util.stream.IntStream.range(0, key.length).map(i -> key[i]).distinct().count();
        if (distinct < 4) {
            throw new IllegalArgumentException(name + " is not random (all-zero or nearly constant): generate a new "
                    + "key, never type one");
        }
        return key.clone();
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static Mac newMac(SecretKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
