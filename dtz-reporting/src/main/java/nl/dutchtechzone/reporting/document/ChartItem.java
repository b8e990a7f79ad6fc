package nl.dutchtechzone.reporting.document;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One bar (or group of stacked segments) of a {@link Chart}.
 *
 * @param label what the bar is, in the document's language, not null
 * @param role the role of the bar, not null
 * @param values one value per series of the chart, not null
 */
public record ChartItem(String label, Role role, List<Cell> values) {

  /** What a bar stands for, so that a renderer can colour it. */
  public enum Role {
    /** A plain value. */
    VALUE,
    /** Waterfall: the balance carried forward. */
    OPENING,
    /** Waterfall: money coming in (positive amount). */
    INCOME,
    /** Waterfall: money going out (the amount is written positive, the bar goes down). */
    SPENDING,
    /** Waterfall: the closing balance. */
    CLOSING,
    /** A figure that is final. */
    FINAL,
    /** A figure that is provisional. */
    PROVISIONAL
  }

  /**
   * Checks the parts and copies the values.
   *
   * @param label the label, not null
   * @param role the role, not null
   * @param values the values, not null, no null elements
   */
  public ChartItem {
    requireNonNull(label, "ChartItem.label");
    requireNonNull(role, "ChartItem.role");
    values = List.copyOf(values);
  }
}
