package nl.dutchtechzone.core;

/**
 * Checks for calendar years in the model.
 *
 * <p>Programmes of this kind run in the present era; a year outside 1900..2200 is taken to be a
 * typing error rather than a real year.
 *
 * <p>This class is thread-safe.
 */
public final class Years {

  /** The earliest year the model accepts. */
  public static final int MIN = 1900;

  /** The latest year the model accepts. */
  public static final int MAX = 2200;

  private Years() {}

  /**
   * Checks that a year is within {@link #MIN}..{@link #MAX}.
   *
   * @param field the name of the field, for the message, not null
   * @param year the year
   * @return {@code year}
   * @throws IllegalArgumentException naming the field and the value if the year is out of range
   */
  public static int check(String field, int year) {
    java.util.Objects.requireNonNull(field, "field");
    if (year < MIN || year > MAX) {
      throw new IllegalArgumentException(
          field + " must be a year between " + MIN + " and " + MAX + ", got " + year);
    }
    return year;
  }
}
