package org.sicredit.adapters.file.out;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Directories {@code 0700} and files {@code 0600}: what the exchange directories hold carries resident ID numbers as
 * the Platform needs them. A directory that exists already and lets others in is refused by name, never loosened
 * silently or used as it is.
 */
final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {
    }

    /** {@code directory}, created {@code 0700} with its missing parents, or refused when others may enter it. */
    static Path directory(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            if (POSIX && !java.util.Collections.disjoint(Files.getPosixFilePermissions(directory), OTHERS)) {
                throw new IllegalStateException("交换目录 " + directory + " 允许他人访问（应为 0700）/ the exchange "
                        + "directory " + directory + " lets others in (it must be 0700)");
            }
            return directory;
        }
        Path parent = directory.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return POSIX ? Files.createDirectory(directory, attributes("rwx------")) : Files.createDirectory(directory);
    }

    /** A new file holding {@code bytes}, {@code 0600}, forced to the disk. */
    static void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = POSIX
                ? FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        attributes("rw-------"))
                : FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** A new temporary directory, {@code 0700}, inside {@code directory}. */
    static Path temporaryDirectory(Path directory) throws IOException {
        return POSIX ? Files.createTempDirectory(directory, ".incoming-", attributes("rwx------"))
                : Files.createTempDirectory(directory, ".incoming-");
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is found by its name (.incoming-) and holds no published message
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attributes(String permissions) {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
    }
}
