package nl.dutchtechzone.reporting.document;

import static java.util.Objects.requireNonNull;

/**
 * One series of a {@link Chart}: the values at the same position of every {@link ChartItem}.
 *
 * @param key a stable key, such as {@code amount} or {@code status.done}, not null
 * @param label what the series is, in the document's language, not null
 */
public record Series(String key, String label) {

  /**
   * Checks the parts.
   *
   * @param key the key, not null
   * @param label the label, not null
   */
  public Series {
    requireNonNull(key, "Series.key");
    requireNonNull(label, "Series.label");
  }
}
