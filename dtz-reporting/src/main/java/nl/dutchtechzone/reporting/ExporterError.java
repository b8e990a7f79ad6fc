package nl.dutchtechzone.reporting;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * An exporter threw an {@link Error} that is not a {@link VirtualMachineError}: a {@link
 * LinkageError} such as {@link NoClassDefFoundError} from a plugin built against other libraries,
 * an {@link AssertionError}, and the like. {@link Exporters} wraps such an error in this
 * unchecked exception so that it ends one export, as an {@code IOException} or a {@code
 * RuntimeException} does, and not the whole application.
 */
public final class ExporterError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The format id of the exporter that failed. */
  private final String format;
  /** The class name of the exporter that failed. */
  private final String exporterClass;

  /**
   * A new exporter error.
   *
   * @param format the format id of the exporter, not null
   * @param exporterClass the exporter's class name, not null
   * @param cause the error it threw, not null
   */
  public ExporterError(String format, String exporterClass, Error cause) {
    super(text(Locale.ROOT, requireNonNull(format, "format"),
        requireNonNull(exporterClass, "exporterClass"), requireNonNull(cause, "cause")), cause);
    this.format = format;
    this.exporterClass = exporterClass;
  }

  private static String text(Locale locale, String format, String exporterClass, Error cause) {
    return ProblemTexts.of(locale).get("exporterError", exporterClass, format,
        cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
  }

  /**
   * What went wrong, in a language: its bundle's where there is one (Dutch for {@code nl}),
   * English otherwise and for a key the bundle lacks; {@link
   * #getMessage()} is the English text. The error's own class and message are not translated.
   *
   * @param locale the language, not null
   * @return the message
   */
  public String message(Locale locale) {
    return text(requireNonNull(locale, "locale"), format, exporterClass, (Error) getCause());
  }

  /**
   * The format whose exporter failed.
   *
   * @return the format id
   */
  public String format() {
    return format;
  }
}
