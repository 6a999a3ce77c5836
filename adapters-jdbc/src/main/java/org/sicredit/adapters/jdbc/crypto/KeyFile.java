package org.sicredit.adapters.jdbc.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import javax.crypto.SecretKey;

/**
 * The keys of the embedded default, from a file or from an environment variable. The file is a properties file
 * ({@code active}, {@code key.<id>}, {@code index}, keys in Base64) that only its owner may read or write: one that its
 * group or others may read or write is refused, and so is a key that is short, all-zero or nearly constant.
 * {@link #loadOrCreate} makes the file with new keys under a random key id on first start — written whole to a
 * temporary file, then published with a hard link, which fails when the file exists, so among any number of
 * concurrent first starts (threads or processes) exactly one creates it and every one reads the same keys — and says
 * so once, in the log. The database then checks the keys against those it was written with; lose the file and the
 * personal numbers cannot be read again, so back it up.
 *
 * <p>The variable {@value #VARIABLE}, when set, holds the same properties (lines, or entries separated by {@code ;})
 * and wins over the file; nothing is ever created from it.
 */
public final class KeyFile {

    /** The environment variable that may hold the keys instead of the file. */
    public static final String VARIABLE = "SICREDIT_KEYS";

    private static final Logger LOG = LoggerFactory.getLogger(KeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private KeyFile() {
    }

    /** The keys of {@value #VARIABLE} when it is set, otherwise those of {@code file}, created on first start. */
    public static KeyRing fromEnvironmentOr(Path file) {
        return fromEnvironmentOr(System::getenv, file);
    }

    /** As {@link #fromEnvironmentOr(Path)}, the environment read through {@code environment}. */
    public static KeyRing fromEnvironmentOr(Function<String, String> environment, Path file) {
        String keys = environment.apply(VARIABLE);
        if (keys != null && !keys.isBlank()) {
            return parse(keys, "the environment variable " + VARIABLE);
        }
        return loadOrCreate(file);
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

    /** Reads a key file, refusing one that its group or others may read or write. */
    public static KeyRing read(Path file) throws IOException {
        refuseOpenPermissions(file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return parse(properties, "the key file " + file);
    }

    /** Reads keys given as properties text: lines, or entries separated by {@code ;}. */
    public static KeyRing parse(String text, String source) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text.replace(';', '\n')));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return parse(properties, source);
    }

    /** Reads {@code active}, every {@code key.<id>} and {@code index} (Base64 of 32 bytes each). */
    public static KeyRing parse(Properties properties, String source) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        Base64.Decoder base64 = Base64.getDecoder();
        try {
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith("key.")) {
                    keys.put(name.substring(4), base64.decode(properties.getProperty(name).strip()));
                }
            }
            String active = properties.getProperty("active");
            String index = properties.getProperty("index");
            if (active == null || index == null || keys.isEmpty()) {
                throw new IllegalArgumentException("needs active, key.<id> and index");
            }
            return KeyRing.of(keys, active.strip(), base64.decode(index.strip()));
        } catch (IllegalArgumentException refused) {
            throw new IllegalArgumentException(source + " is refused: " + refused.getMessage(), refused);
        }
    }

    private static void refuseOpenPermissions(Path file) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
        permissions.stream().filter(p -> !p.name().startsWith("OWNER_")).forEach(open::add);
        if (!open.isEmpty()) {
            throw new IllegalStateException("the key file " + file + " may be read or written by others ("
                    + PosixFilePermissions.toString(permissions) + "): make it the owner's alone (chmod 600 " + file
                    + ") and ask whether the keys were copied / 密钥文件权限过宽，仅允许所有者读写");
        }
    }

    /** A hard link fails when the file exists; where links are not supported, a move that does not replace. */
    private static void publish(Path draft, Path file) throws IOException {
        try {
            Files.createLink(file, draft);
        } catch (UnsupportedOperationException noLinks) {
            Files.move(draft, file);
        }
    }

    private static void create(Path file) throws IOException {
        KeyRing fresh = KeyRing.generate();
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
        Path draft = Files.createTempFile(parent, "." + file.getFileName(), ".new", attributes);
        try {
            try (Writer writer = Files.newBufferedWriter(draft, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
                properties.store(writer, "sicredit keys for personal numbers at rest: keep this file secret and "
                        + "backed up");
            }
            try {
                publish(draft, file);
            } catch (FileAlreadyExistsException anotherStartWasFirst) {
                return;
            }
        } finally {
            Files.deleteIfExists(draft);
        }
        LOG.warn("Created a new key file {} (owner read/write only). Back it up: without it the resident ID numbers "
                + "in the database cannot be read. 已创建新的密钥文件，请妥善备份。", file.toAbsolutePath());
    }
}
