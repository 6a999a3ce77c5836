package org.sicredit.adapters.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/** Files and directories of the embedded default that only their owner may read or write (where POSIX allows it). */
final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Creates the directory and its missing parents; those it creates are the owner's alone. */
    static void createDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        Path parent = directory.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            Files.createDirectory(directory, attributes(parent, DIRECTORY));
        } catch (FileAlreadyExistsException raced) {
            // another start made it
        }
    }

    /**
     * The secret in {@code file}, made on first use: 32 random bytes in Base64, written whole to a temporary file and
     * published with a hard link, so concurrent first starts all read the one that won.
     */
    static String readOrCreateSecret(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Path draft = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".new",
                    attributes(file.getParent(), FILE));
            try {
                Files.writeString(draft, Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                        StandardCharsets.US_ASCII);
                Files.createLink(file, draft);
            } catch (FileAlreadyExistsException anotherStartWasFirst) {
                // read the winner's below
            } finally {
                Files.deleteIfExists(draft);
            }
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    /** Makes an existing file the owner's alone. */
    static void restrict(Path file) throws IOException {
        if (Files.exists(file) && posix(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static FileAttribute<?>[] attributes(Path near, Set<PosixFilePermission> permissions) throws IOException {
        return near != null && posix(near) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) throws IOException {
        return Files.getFileStore(path).supportsFileAttributeView("posix");
    }
}
