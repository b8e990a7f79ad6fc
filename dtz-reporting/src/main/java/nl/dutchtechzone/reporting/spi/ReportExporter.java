package nl.dutchtechzone.reporting.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the export document of a programme year in one format, such as CSV, Markdown or HTML.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: declare them in {@code
 * META-INF/services/nl.dutchtechzone.reporting.spi.ReportExporter} for the class path and with
 * {@code provides nl.dutchtechzone.reporting.spi.ReportExporter with ...} in {@code
 * module-info.java} for the module path. A provider is a public class with a public no-argument
 * constructor that does no I/O; it is created once and used from several threads, so it must be
 * stateless or thread-safe.
 *
 * <p>Only {@link #format()}, {@link #mediaType()}, {@link #fileExtension()} and {@link
 * #export(ExportContext, OutputStream)} must be implemented. Anything added to this interface
 * later comes with a default, so an exporter written today keeps compiling and working.
 *
 * <p>An exporter writes the same bytes for the same context, whatever the default locale, time
 * zone or charset of the JVM: machine formats use {@link java.util.Locale#ROOT}, text is UTF-8,
 * and nothing depends on the clock.
 */
public interface ReportExporter {

  /**
   * The stable id of the format, by which callers ask for it.
   *
   * <p>Lower-case letters, digits, {@code -} and {@code .}, starting with a letter, at most 64
   * characters: {@code csv}, {@code csv-progress}, {@code html}. Once published, an id never
   * changes meaning.
   *
   * @return the format id, not null
   */
  String format();

  /**
   * The media type of what {@link #export} writes, with its charset where it is text.
   *
   * @return the media type, such as {@code text/csv; charset=UTF-8}, not null
   */
  String mediaType();

  /**
   * The file name extension, without the leading dot.
   *
   * <p>Lower-case letters and digits in one or more parts separated by dots: {@code csv}, {@code
   * md}, or {@code progress.csv} for a second CSV format that must not share a file name with
   * the first. The library names files {@code <programme short name>-<year>.<extension>}.
   *
   * @return the extension, not null
   */
  String fileExtension();

  /**
   * Writes the document to a stream.
   *
   * <p>Writes only what the context holds: a part of the document that is absent (no plan, no
   * tracking report, ...) is left out, not invented. Flushes what it wrote but does not close
   * the stream; the caller owns it.
   *
   * @param context the document, its locale and options, not null
   * @param out where to write, not null; left open
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if an option this exporter reads has an invalid value
   */
  void export(ExportContext context, OutputStream out) throws IOException;

  /**
   * The priority of this exporter when another provider claims the same format id: the higher
   * wins; on equal priority dtz's own exporter wins over a plugin's, then the class name that
   * sorts first.
   *
   * <p>The built-in exporters have priority 0. A plugin that means to replace one returns a
   * higher value; at 0 it is set aside, with a problem, whatever its class name.
   *
   * @return the priority, 0 unless overridden
   */
  default int priority() {
    return 0;
  }

  /**
   * A one-line description for people choosing a format, such as a command-line help text.
   *
   * @return the description, the format id unless overridden; not null
   */
  default String description() {
    return format();
  }
}
