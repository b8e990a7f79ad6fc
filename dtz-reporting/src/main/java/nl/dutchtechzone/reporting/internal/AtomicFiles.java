package nl.dutchtechzone.reporting.internal;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that readers never see half of it: the content goes to a temporary file in
 * the target's folder, is forced to disk, and then replaces the target (atomically where the file
 * system can). If writing fails, the temporary file is removed and an existing target is left as
 * it was.
 *
 * <p>The temporary file is created with the folder's default permissions (the process umask), not
 * the owner-only permissions of {@link Files#createTempFile}, because reports are written to be
 * read by others.
 */
public final class AtomicFiles {

  private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream to write to; closing it is not needed
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes a file in full or not at all.
   *
   * @param target the file to write, not null; its folder must exist
   * @param content what to write, not null
   * @throws IOException if writing or moving fails
   */
  public static void write(Path target, Content content) throws IOException {
    requireNonNull(target, "target");
    requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    Path temp = createTemp(absolute);
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        LOG.debug("Atomic move not supported for {}; moving it into place non-atomically",
            absolute, e);
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          LOG.warn("Could not remove temporary file {}", temp, e);
        }
      }
    }
  }

  private static Path createTemp(Path target) throws IOException {
    Path folder = target.getParent();
    for (int attempt = 0; ; attempt++) {
      Path temp = folder.resolve("." + target.getFileName() + "."
          + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }
}
