package nl.dutchtechzone.reporting;

import static java.util.Objects.requireNonNull;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.FileNames;
import nl.dutchtechzone.reporting.internal.AtomicFiles;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exporters an application can use, by format id: the built-in ones and any plugins,
 * discovered with {@link java.util.ServiceLoader} or registered explicitly.
 *
 * <pre>{@code
 * Exporters exporters = Exporters.discover();
 * exporters.problems().forEach(p -> log.warn(p.message()));
 * Path file = exporters.exportTo("html", context, Path.of("out"));
 * }</pre>
 *
 * <p>Discovery never fails because of one bad provider: a class that is missing, does not
 * implement {@link ReportExporter}, cannot be created, or describes itself wrongly, and a
 * malformed line in a services file, are logged as a warning through SLF4J, kept in {@link
 * #problems()}, and the other providers load as usual.
 *
 * <p>When two providers claim the same format id, the one with the higher {@link
 * ReportExporter#priority()} wins; on equal priority dtz's own exporter (a class of the packages
 * {@code nl.dutchtechzone.reporting} and {@code nl.dutchtechzone.pdf} and below) wins over a
 * plugin's, so a plugin replaces a built-in format only by saying so with a higher priority;
 * then the one whose class name sorts first. The other is set aside with a warning and a {@link
 * ProviderProblem.Kind#DUPLICATE_FORMAT} problem. The same class found twice counts once.
 *
 * <p>This class is immutable and thread-safe, provided the exporters are (as the SPI requires).
 */
public final class Exporters {

  private static final Logger LOG = LoggerFactory.getLogger(Exporters.class);

  /** The packages of dtz's own exporters (dtz-reporting's and dtz-pdf's), with the dot. */
  private static final List<String> OWN_PACKAGES =
      List.of("nl.dutchtechzone.reporting.", "nl.dutchtechzone.pdf.");

  private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9.-]{0,63}");
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,16}(\\.[a-z0-9]{1,16}){0,3}");

  private final Map<String, ReportExporter> byFormat;
  private final List<ProviderProblem> problems;

  private Exporters(Map<String, ReportExporter> byFormat, List<ProviderProblem> problems) {
    this.byFormat = Collections.unmodifiableMap(byFormat);
    this.problems = List.copyOf(problems);
  }

  /**
   * The exporters visible to the context class loader of the current thread (or, if it has
   * none, to the loader of this library): those on the module path declared with {@code
   * provides}, and those on the class path listed in {@code META-INF/services}.
   *
   * @return the registry, with the problems met along the way
   */
  public static Exporters discover() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return discover(loader != null ? loader : Exporters.class.getClassLoader());
  }

  /**
   * The exporters visible to a class loader.
   *
   * @param loader the class loader to search, not null
   * @return the registry, with the problems met along the way
   */
  public static Exporters discover(ClassLoader loader) {
    return builder().discover(loader).build();
  }

  /**
   * A builder for a registry of explicitly registered and discovered exporters.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The format ids, sorted.
   *
   * @return the ids of the exporters in this registry, in alphabetical order
   */
  public List<String> formats() {
    return List.copyOf(byFormat.keySet());
  }

  /**
   * The exporters, sorted by format id.
   *
   * @return the exporters
   */
  public List<ReportExporter> exporters() {
    return List.copyOf(byFormat.values());
  }

  /**
   * The exporter for a format, if there is one.
   *
   * @param format the format id, not null
   * @return the exporter, or empty
   */
  public Optional<ReportExporter> find(String format) {
    requireNonNull(format, "format");
    return Optional.ofNullable(byFormat.get(format));
  }

  /**
   * The exporter for a format.
   *
   * @param format the format id, not null
   * @return the exporter
   * @throws IllegalArgumentException naming the format and listing the known ones if there is
   *     no exporter for it
   */
  public ReportExporter get(String format) {
    return find(format).orElseThrow(() -> new IllegalArgumentException(
        "unknown export format '" + format + "'; known formats: " + formats()));
  }

  /**
   * The providers that could not be used, in the order they were met.
   *
   * @return the problems, empty if every provider loaded
   */
  public List<ProviderProblem> problems() {
    return problems;
  }

  /**
   * Writes a document in a format to a stream, which is left open.
   *
   * <p>What the exporter throws is passed on as described for {@link #exportTo(String,
   * ExportContext, Path)}: an {@link Error} other than a {@link VirtualMachineError} comes
   * wrapped in an {@link ExporterError}.
   *
   * @param format the format id, not null
   * @param context the document, not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the format is unknown or an option is invalid
   * @throws ExporterError if the exporter threw an {@code Error} that is not a {@code
   *     VirtualMachineError}, such as a {@link LinkageError} of a plugin built against another
   *     version of a library
   */
  public void export(String format, ExportContext context, OutputStream out) throws IOException {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    ReportExporter exporter = get(format);
    OutputStream shielded = new NonClosingOutputStream(out);
    runExporter(format, exporter, context, shielded);
    shielded.flush();
  }

  /**
   * The name of the file a document is written to: {@code <programme short name>-<year>.<file
   * extension>}, such as {@code RLW-2022.csv} for a programme with short name {@code RLW}.
   *
   * @param format the format id, not null
   * @param context the document, not null
   * @return the file name
   * @throws IllegalArgumentException if the format is unknown
   */
  public String fileName(String format, ExportContext context) {
    requireNonNull(context, "context");
    ReportExporter exporter = get(format);
    // The short name is a safe file-name part by the programme's invariant (FileNames), the
    // year is a number and the extension was checked when the exporter was registered.
    String shortName = FileNames.checkPart("Programme.shortName", context.programme().shortName());
    return shortName + "-" + context.year() + "." + exporter.fileExtension();
  }

  /**
   * Writes a document in a format to a file in a folder, named by {@link #fileName}.
   *
   * <p>The document is written to a temporary file in the same folder, forced to disk, and then
   * moved into place (atomically where the file system can), replacing an older file of the
   * same name. If the exporter fails, the temporary file is removed and an existing file is left
   * as it was: there is never a half-written file under the final name.
   *
   * <p>Whatever the exporter throws ends this export only, never the caller's other exports: an
   * {@link IOException} or {@link RuntimeException} is passed on unchanged, and any other {@link
   * Error} but a {@link VirtualMachineError} (a {@link LinkageError} such as {@link
   * NoClassDefFoundError} from a plugin, an {@link AssertionError}) comes wrapped in an {@link
   * ExporterError}, a {@code RuntimeException}. A caller that catches {@code IOException |
   * RuntimeException} therefore handles every failure of an exporter; only a {@code
   * VirtualMachineError} such as {@link OutOfMemoryError} passes through, because after one the
   * JVM cannot be trusted to go on.
   *
   * @param format the format id, not null
   * @param context the document, not null
   * @param folder the folder to write in, not null; must exist
   * @return the path of the written file
   * @throws IOException if writing or moving fails, or the folder is not a directory
   * @throws IllegalArgumentException if the format is unknown or an option is invalid
   * @throws ExporterError if the exporter threw an {@code Error} that is not a {@code
   *     VirtualMachineError}
   */
  public Path exportTo(String format, ExportContext context, Path folder) throws IOException {
    Path target = target(format, context, folder);
    ReportExporter exporter = get(format);
    AtomicFiles.write(target,
        out -> runExporter(format, exporter, context, new NonClosingOutputStream(out)));
    return target;
  }

  /**
   * Writes a document in a format to a file in a folder, as {@link #exportTo(String,
   * ExportContext, Path)} does, but gives the exporter at most a time limit.
   *
   * <p>The exporter runs on a daemon thread of its own. If it has not finished within the
   * limit, the export is abandoned: the thread is interrupted, the temporary file is closed and
   * removed, and an {@link ExportTimeoutException} is thrown. An abandoned exporter that goes on
   * running can no longer write to the file nor move it into place (only the calling thread
   * does that, after the exporter has returned), and as a daemon thread it does not keep the JVM
   * from ending. The exporter's own threads are beyond reach: an application that must end
   * regardless ends the JVM explicitly.
   *
   * @param format the format id, not null
   * @param context the document, not null
   * @param folder the folder to write in, not null; must exist
   * @param timeLimit the longest the exporter may take, not null, positive
   * @return the path of the written file
   * @throws ExportTimeoutException if the exporter did not finish within the limit
   * @throws IOException if writing or moving fails, the folder is not a directory, or the
   *     calling thread was interrupted while waiting (the export is then abandoned as on a
   *     timeout)
   * @throws IllegalArgumentException if the format is unknown, an option is invalid, or the
   *     limit is not positive
   * @throws ExporterError if the exporter threw an {@code Error} that is not a {@code
   *     VirtualMachineError}
   */
  public Path exportTo(String format, ExportContext context, Path folder, Duration timeLimit)
      throws IOException {
    requireNonNull(format, "format");
    requireNonNull(context, "context");
    requireNonNull(folder, "folder");
    requireNonNull(timeLimit, "timeLimit");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("timeLimit must be positive, got " + timeLimit);
    }
    Path target = target(format, context, folder);
    ReportExporter exporter = get(format);
    AtomicFiles.Pending pending = AtomicFiles.begin(target);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread worker = new Thread(() -> {
      try {
        runExporter(format, exporter, context, new NonClosingOutputStream(pending.stream()));
      } catch (Throwable t) { // handed to the calling thread, which rethrows it
        failure.set(t);
      }
    }, "dtz-export-" + format);
    worker.setDaemon(true);
    boolean committed = false;
    try {
      worker.start();
      try {
        worker.join(Math.max(1, timeLimit.toMillis()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        worker.interrupt();
        throw new InterruptedIOException("interrupted while waiting for the '" + format
            + "' exporter; export of " + target + " abandoned");
      }
      if (worker.isAlive()) {
        worker.interrupt();
        LOG.warn("Exporter of format '{}' ({}) did not finish within {}; export of {} abandoned",
            format, exporter.getClass().getName(), timeLimit, target);
        throw new ExportTimeoutException(format, timeLimit, target);
      }
      Throwable t = failure.get();
      if (t instanceof IOException) {
        throw (IOException) t;
      }
      if (t instanceof RuntimeException) {
        throw (RuntimeException) t;
      }
      if (t instanceof Error) {
        throw (Error) t;
      }
      pending.commit();
      committed = true;
      return target;
    } finally {
      if (!committed) {
        pending.abort();
      }
    }
  }

  /**
   * Removes the temporary files of exports still being written in this JVM, such as those of an
   * export abandoned by a plugin that ended the JVM with {@link System#exit}. Meant for a
   * shutdown hook of an application; the library registers none itself.
   *
   * @return the temporary files removed
   */
  public static List<Path> removeUnfinishedFiles() {
    return AtomicFiles.removeUnfinished();
  }

  private Path target(String format, ExportContext context, Path folder) throws IOException {
    requireNonNull(folder, "folder");
    String name = fileName(format, context);
    Path dir = folder.toAbsolutePath().normalize();
    Path target = dir.resolve(name).normalize();
    if (!dir.equals(target.getParent())) {
      throw new IllegalArgumentException("export file name '" + name
          + "' would land outside the folder " + dir + "; refusing to write " + target);
    }
    if (!Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir.toString());
    }
    return target;
  }

  /** Runs an exporter, wrapping an Error that is not a VirtualMachineError. */
  private static void runExporter(String format, ReportExporter exporter, ExportContext context,
      OutputStream out) throws IOException {
    try {
      exporter.export(context, out);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Error e) {
      throw new ExporterError(format, exporter.getClass().getName(), e);
    }
  }

  @Override
  public String toString() {
    return "Exporters" + formats() + (problems.isEmpty() ? "" : " with " + problems.size()
        + " problem(s)");
  }

  /**
   * Builds a registry from explicitly registered exporters and discovered ones.
   *
   * <p>Not thread-safe; build on one thread.
   */
  public static final class Builder {

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<ProviderProblem> problems = new ArrayList<>();

    Builder() {}

    /**
     * Registers an exporter.
     *
     * @param exporter the exporter, not null
     * @return this builder
     * @throws IllegalArgumentException if the exporter's format id, media type or file
     *     extension is malformed
     */
    public Builder add(ReportExporter exporter) {
      requireNonNull(exporter, "exporter");
      candidates.add(Candidate.of(exporter));
      return this;
    }

    /**
     * Adds the exporters visible to a class loader; problems are kept, not thrown.
     *
     * @param loader the class loader to search, not null
     * @return this builder
     */
    public Builder discover(ClassLoader loader) {
      requireNonNull(loader, "loader");
      Discovery found = Discovery.run(loader);
      problems.addAll(found.problems);
      for (ReportExporter exporter : found.providers) {
        String className = exporter.getClass().getName();
        ProviderProblem.Builder invalid = ProviderProblem.builder()
            .kind(ProviderProblem.Kind.INVALID_DESCRIPTION)
            .providerClass(className);
        Throwable cause;
        try {
          candidates.add(Candidate.of(exporter));
          continue;
        } catch (InvalidDescription e) {
          invalid.messageKey(e.key).addAllArguments(e.arguments);
          cause = e;
        } catch (VirtualMachineError e) {
          throw e;
        } catch (RuntimeException | Error e) {
          invalid.messageKey("describesWrongly").addArguments(className, Discovery.describe(e));
          cause = e;
        }
        ProviderProblem problem = invalid.build();
        problems.add(problem);
        LOG.warn("Exporter provider skipped: {}", problem.message(), cause);
      }
      return this;
    }

    /**
     * Records a problem with a provider source that the application met itself, such as a plugin
     * jar it could not open; it is kept in {@link Exporters#problems()} with the others and
     * logged as a warning.
     *
     * @param problem the problem, not null
     * @return this builder
     */
    public Builder problem(ProviderProblem problem) {
      requireNonNull(problem, "problem");
      problems.add(problem);
      LOG.warn("Exporter provider source skipped: {}", problem.message());
      return this;
    }

    /**
     * The registry.
     *
     * @return the exporters registered and discovered so far, duplicates resolved
     */
    public Exporters build() {
      Map<String, List<Candidate>> byFormat = new TreeMap<>();
      for (Candidate c : candidates) {
        byFormat.computeIfAbsent(c.format, f -> new ArrayList<>()).add(c);
      }
      Map<String, ReportExporter> winners = new LinkedHashMap<>();
      List<ProviderProblem> all = new ArrayList<>(problems);
      for (Map.Entry<String, List<Candidate>> e : byFormat.entrySet()) {
        List<Candidate> contenders = e.getValue().stream()
            .sorted(Comparator.comparingInt((Candidate c) -> -c.priority)
                .thenComparing(c -> !c.own)
                .thenComparing(c -> c.className))
            .collect(Collectors.toList());
        Candidate winner = contenders.get(0);
        winners.put(e.getKey(), winner.exporter);
        List<String> seenClasses = new ArrayList<>(List.of(winner.className));
        for (Candidate loser : contenders.subList(1, contenders.size())) {
          if (seenClasses.contains(loser.className)) {
            LOG.debug("Exporter {} registered more than once; counted once", loser.className);
            continue;
          }
          seenClasses.add(loser.className);
          ProviderProblem problem = ProviderProblem.builder()
              .kind(ProviderProblem.Kind.DUPLICATE_FORMAT)
              .providerClass(loser.className)
              .messageKey("duplicateFormat")
              .addArguments(loser.className, String.valueOf(loser.priority), e.getKey(),
                  winner.className, String.valueOf(winner.priority))
              .build();
          all.add(problem);
          LOG.warn("Duplicate export format: {}", problem.message());
        }
      }
      return new Exporters(winners, all);
    }
  }

  /**
   * An exporter's format id, file extension or media type is malformed: the message is English
   * (for {@link Builder#add}), the key and arguments render it in any language of the
   * provider-problem bundles.
   */
  private static final class InvalidDescription extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    final String key;
    final List<String> arguments;

    InvalidDescription(String key, String... arguments) {
      super(ProblemTexts.of(Locale.ROOT).get(key, (Object[]) arguments));
      this.key = key;
      this.arguments = List.of(arguments);
    }
  }

  private static final class Candidate {
    final ReportExporter exporter;
    final String format;
    final int priority;
    final String className;
    /** Whether the exporter is dtz's own, which wins a tie of priorities over a plugin's. */
    final boolean own;

    private Candidate(ReportExporter exporter, String format, int priority) {
      this.exporter = exporter;
      this.format = format;
      this.priority = priority;
      this.className = exporter.getClass().getName();
      this.own = OWN_PACKAGES.stream().anyMatch(className::startsWith);
    }

    static Candidate of(ReportExporter exporter) {
      String format = exporter.format();
      String className = exporter.getClass().getName();
      if (format == null || !FORMAT.matcher(format).matches()) {
        throw new InvalidDescription("badFormatId", className, String.valueOf(format));
      }
      String extension = exporter.fileExtension();
      if (extension == null || !EXTENSION.matcher(extension).matches()) {
        throw new InvalidDescription("badExtension", className, format,
            String.valueOf(extension));
      }
      String mediaType = exporter.mediaType();
      if (mediaType == null || mediaType.isBlank() || mediaType.indexOf('/') < 1) {
        throw new InvalidDescription("badMediaType", className, format,
            String.valueOf(mediaType));
      }
      return new Candidate(exporter, format, exporter.priority());
    }
  }

  /** Passes writes through but keeps the caller's stream open if an exporter closes it. */
  private static final class NonClosingOutputStream extends FilterOutputStream {
    NonClosingOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
