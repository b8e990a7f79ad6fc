package nl.dutchtechzone.reporting;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * An export was abandoned because its exporter did not finish within the time limit given to
 * {@link Exporters#exportTo(String, nl.dutchtechzone.reporting.spi.ExportContext, Path,
 * Duration)}. Its temporary file has been removed; an older file under the target name is left as
 * it was.
 */
public final class ExportTimeoutException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The format id of the abandoned export. */
  private final String format;
  /** The time limit that passed. */
  private final Duration timeLimit;
  /** The file that was not written. */
  private final String target;

  /**
   * A new time-out.
   *
   * @param format the format id, not null
   * @param timeLimit the limit that passed, not null
   * @param target the file that was not written, not null
   */
  public ExportTimeoutException(String format, Duration timeLimit, Path target) {
    super(text(Locale.ROOT, requireNonNull(format, "format"),
        requireNonNull(timeLimit, "timeLimit"), requireNonNull(target, "target")));
    this.format = format;
    this.timeLimit = timeLimit;
    this.target = target.toString();
  }

  private static String text(Locale locale, String format, Duration limit, Object target) {
    String seconds = limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s"
        : limit.toMillis() + " ms";
    return ProblemTexts.of(locale).get("exportTimedOut", format, seconds, target);
  }

  /**
   * What happened, in a language: its bundle's where there is one (Dutch for {@code nl}),
   * English otherwise and for a key the bundle lacks; {@link
   * #getMessage()} is the English text.
   *
   * @param locale the language, not null
   * @return the message
   */
  public String message(Locale locale) {
    return text(requireNonNull(locale, "locale"), format, timeLimit, target);
  }

  /**
   * The format whose export was abandoned.
   *
   * @return the format id
   */
  public String format() {
    return format;
  }

  /**
   * The limit that passed.
   *
   * @return the time limit
   */
  public Duration timeLimit() {
    return timeLimit;
  }
}
