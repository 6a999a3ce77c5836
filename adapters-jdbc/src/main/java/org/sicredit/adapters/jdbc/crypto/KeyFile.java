package org.sicredit.adapters.jdbc.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.crypto.SecretKey;

/**
 * The key file of the embedded default: a properties file ({@code active}, {@code key.<id>}, {@code index}, keys in
 * Base64) that only its owner may read. {@link #loadOrCreate} makes one with new keys on first start and says so
 * once, in the log; later starts read it. Lose it and the personal numbers in the database cannot be read again.
 */
public final class KeyFile {

    private static final Logger LOG = LoggerFactory.getLogger(KeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private KeyFile() {
    }

    public static KeyRing loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + file, e);
        }
    }

    public static KeyRing read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return parse(properties, file.toString());
    }

    /** Reads {@code active}, every {@code key.<id>} and {@code index} (Base64 of 32 bytes each). */
    public static KeyRing parse(Properties properties, String source) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        Base64.Decoder base64 = Base64.getDecoder();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("key.")) {
                keys.put(name.substring(4), base64.decode(properties.getProperty(name).strip()));
            }
        }
        String active = properties.getProperty("active");
        String index = properties.getProperty("index");
        if (active == null || index == null || keys.isEmpty()) {
            throw new IllegalArgumentException(source + " needs active, key.<id> and index");
        }
        return KeyRing.of(keys, active.strip(), base64.decode(index.strip()));
    }

    private static void create(Path file) throws IOException {
        KeyRing fresh = KeyRing.generate("k1");
        Properties properties = new Properties();
        Base64.Encoder base64 = Base64.getEncoder();
        properties.setProperty("active", fresh.activeKeyId());
        for (Map.Entry<String, SecretKey> key : fresh.encryptionKeys().entrySet()) {
            properties.setProperty("key." + key.getKey(), base64.encodeToString(key.getValue().getEncoded()));
        }
        properties.setProperty("index", base64.encodeToString(fresh.indexKey().getEncoded()));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        boolean posix = Files.getFileStore(parent).supportsFileAttributeView("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        try {
            Files.createFile(file, attributes);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
            properties.store(writer, "sicredit keys for personal numbers at rest: keep this file secret and backed up");
        }
        LOG.warn("Created a new key file {} (owner read/write only). Back it up: without it the resident ID numbers "
                + "in the database cannot be read. 已创建新的密钥文件，请妥善备份。", file.toAbsolutePath());
    }
}
