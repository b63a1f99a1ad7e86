package dev.clusterlab.scenario;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files so that a crash never leaves a half-written one: the content goes to a temporary
 * file in the same directory, which is moved into place when complete.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * A new, empty temporary file beside target (same directory, so the final move is a rename),
     * named {@code .NAME.PID.tmp}. It gets the ordinary permissions of a new file (the umask's), not
     * the owner-only ones of {@link Files#createTempFile}, since it becomes the output file.
     */
    public static Path tempFor(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        String base = "." + abs.getFileName() + "." + ProcessHandle.current().pid();
        for (int i = 0; ; i++) {
            try {
                return Files.createFile(dir.resolve(base + (i == 0 ? "" : "-" + i) + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                // another writer in this process uses that name: take the next one
            }
        }
    }

    /** Replaces target by temp, atomically where the file system can. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes bytes to target through a temporary file. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path temp = tempFor(target);
        try {
            Files.write(temp, bytes);
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
