package nl.dutchtechzone.reporting.document;

import java.util.List;

/**
 * Labelled values read as a list of "label: value" (the cover letter).
 *
 * @param fields the fields in order, not null
 */
public record Fields(List<Field> fields) implements Block {

  /**
   * Copies the fields.
   *
   * @param fields the fields, not null, no null elements
   */
  public Fields {
    fields = List.copyOf(fields);
  }
}
