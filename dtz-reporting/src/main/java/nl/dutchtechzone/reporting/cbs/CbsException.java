package nl.dutchtechzone.reporting.cbs;

import static java.util.Objects.requireNonNull;

import java.io.IOException;

/**
 * A CBS download that cannot be read: the message names the file, the place (a line, or a JSON
 * path such as {@code value[17]}), the field and what was expected.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CbsException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The file name as the caller gave it. */
  private final String file;
  /** The line or JSON path. */
  private final String location;
  /** The column or JSON property, or empty. */
  private final String field;

  /**
   * Creates the exception.
   *
   * @param file the file name, not null
   * @param location the line or JSON path, not null
   * @param field the field (column or JSON property), not null; empty if the problem is not
   *     about one field
   * @param problem what is wrong and what was expected, not null
   */
  public CbsException(String file, String location, String field, String problem) {
    super(requireNonNull(file, "file") + ", " + requireNonNull(location, "location")
        + (requireNonNull(field, "field").isEmpty() ? "" : ", field '" + field + "'") + ": "
        + requireNonNull(problem, "problem"));
    this.file = file;
    this.location = location;
    this.field = field;
  }

  /**
   * The file.
   *
   * @return the file name as the caller gave it
   */
  public String file() {
    return file;
  }

  /**
   * Where in the file.
   *
   * @return for example {@code line 7} or {@code value[17]}
   */
  public String location() {
    return location;
  }

  /**
   * The field.
   *
   * @return the column or JSON property, or empty
   */
  public String field() {
    return field;
  }
}
