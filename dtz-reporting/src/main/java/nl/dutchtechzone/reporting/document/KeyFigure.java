package nl.dutchtechzone.reporting.document;

import static java.util.Objects.requireNonNull;

/**
 * A key figure of the year: a number with what it counts, such as 65 initiatives talked with.
 *
 * @param id a stable id, such as the indicator id or {@code closing-balance}, not null
 * @param label what the figure counts, in the document's language, not null
 * @param value the figure, not null
 */
public record KeyFigure(String id, String label, Cell value) {

  /**
   * Checks the parts.
   *
   * @param id the id, not null
   * @param label the label, not null
   * @param value the value, not null
   */
  public KeyFigure {
    requireNonNull(id, "KeyFigure.id");
    requireNonNull(label, "KeyFigure.label");
    requireNonNull(value, "KeyFigure.value");
  }
}
