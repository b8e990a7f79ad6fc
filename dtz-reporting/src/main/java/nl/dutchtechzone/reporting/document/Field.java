package nl.dutchtechzone.reporting.document;

import static java.util.Objects.requireNonNull;

/**
 * A labelled value, such as the date of a cover letter.
 *
 * @param label the label in the document's language, not null
 * @param value the value, not null
 */
public record Field(String label, Cell value) {

  /**
   * Checks the parts.
   *
   * @param label the label, not null
   * @param value the value, not null
   */
  public Field {
    requireNonNull(label, "Field.label");
    requireNonNull(value, "Field.value");
  }
}
