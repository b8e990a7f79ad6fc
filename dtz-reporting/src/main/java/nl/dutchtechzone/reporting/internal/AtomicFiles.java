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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>Every temporary file is remembered until it is moved into place or removed, so that {@link
 * #removeUnfinished()} (from a shutdown hook, say) can remove the files of writes that never
 * finished because the JVM is ending.
 */
public final class AtomicFiles {

  private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

  private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();

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
    requireNonNull(content, "content");
    Pending pending = begin(target);
    boolean done = false;
    try {
      content.writeTo(pending.stream());
      pending.commit();
      done = true;
    } finally {
      if (!done) {
        pending.abort();
      }
    }
  }

  /**
   * Starts writing a file: creates its temporary file and opens a stream to it. The caller
   * either {@linkplain Pending#commit() commits} it or {@linkplain Pending#abort() aborts} it.
   *
   * @param target the file to write, not null; its folder must exist
   * @return the write in progress
   * @throws IOException if the temporary file cannot be created or opened
   */
  public static Pending begin(Path target) throws IOException {
    requireNonNull(target, "target");
    Path absolute = target.toAbsolutePath();
    Path temp = createTemp(absolute);
    UNFINISHED.add(temp);
    try {
      FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
      return new Pending(absolute, temp, channel);
    } catch (IOException | RuntimeException e) {
      remove(temp);
      throw e;
    }
  }

  /**
   * Removes the temporary files of every write in this JVM that was neither committed nor
   * aborted. Meant for a shutdown hook: a write in progress when the JVM ends leaves no
   * temporary file behind. Files that cannot be removed are logged and left.
   *
   * @return the temporary files removed
   */
  public static List<Path> removeUnfinished() {
    List<Path> removed = new ArrayList<>();
    for (Path temp : List.copyOf(UNFINISHED)) {
      if (remove(temp)) {
        removed.add(temp);
      }
    }
    return removed;
  }

  private static boolean remove(Path temp) {
    UNFINISHED.remove(temp);
    try {
      return Files.deleteIfExists(temp);
    } catch (IOException e) {
      LOG.warn("Could not remove temporary file {}", temp, e);
      return false;
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

  /**
   * A file being written: its temporary file, and the stream to it.
   *
   * <p>{@link #commit()} and {@link #abort()} are thread-safe and end the write once: after an
   * abort the stream refuses writes, so a writer that goes on in another thread can neither
   * write nor move the file into place.
   */
  public static final class Pending {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean ended;

    private Pending(Path target, Path temp, FileChannel channel) {
      this.target = target;
      this.temp = temp;
      this.channel = channel;
      this.out = new BufferedOutputStream(Channels.newOutputStream(channel));
    }

    /**
     * The temporary file.
     *
     * @return its absolute path
     */
    public Path temporaryFile() {
      return temp;
    }

    /**
     * The stream to the temporary file; the caller need not close it.
     *
     * @return the stream
     */
    public OutputStream stream() {
      return out;
    }

    /**
     * Forces the content to disk and moves the temporary file into place.
     *
     * @throws IOException if flushing, forcing or moving fails (the temporary file is then left
     *     for {@link #abort()})
     * @throws IllegalStateException if the write has already ended
     */
    public synchronized void commit() throws IOException {
      if (ended) {
        throw new IllegalStateException("the write of " + target + " has already ended");
      }
      out.flush();
      channel.force(true);
      channel.close();
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        LOG.debug("Atomic move not supported for {}; moving it into place non-atomically",
            target, e);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      ended = true;
      UNFINISHED.remove(temp);
    }

    /**
     * Ends the write without a file: closes the stream and removes the temporary file. Does
     * nothing if the write has already ended.
     */
    public synchronized void abort() {
      if (ended) {
        return;
      }
      ended = true;
      try {
        channel.close();
      } catch (IOException e) {
        LOG.debug("Could not close temporary file {}", temp, e);
      }
      remove(temp);
    }
  }
}
