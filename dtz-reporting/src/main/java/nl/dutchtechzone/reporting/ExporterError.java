package nl.dutchtechzone.reporting;

import static java.util.Objects.requireNonNull;

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

  /**
   * A new exporter error.
   *
   * @param format the format id of the exporter, not null
   * @param exporterClass the exporter's class name, not null
   * @param cause the error it threw, not null
   */
  public ExporterError(String format, String exporterClass, Error cause) {
    super("exporter " + requireNonNull(exporterClass, "exporterClass") + " of format '"
        + requireNonNull(format, "format") + "' failed with "
        + requireNonNull(cause, "cause").getClass().getName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    this.format = format;
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
