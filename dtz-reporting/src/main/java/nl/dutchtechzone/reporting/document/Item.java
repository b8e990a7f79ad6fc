package nl.dutchtechzone.reporting.document;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One entry of an {@link ItemList}: an optional lead (an id, a year, a status), an optional
 * title in a bold voice, the text, and labelled details.
 *
 * @param lead what the entry is about (a {@link Cell.Reference}, a {@link Cell.Label}), or
 *     empty
 * @param title a title read in a bold voice, or empty
 * @param text the text, possibly empty, not null
 * @param details labelled details in order, not null
 */
public record Item(Optional<Cell> lead, Optional<String> title, String text,
    List<Field> details) {

  /**
   * Checks the parts and copies the details.
   *
   * @param lead the lead, not null
   * @param title the title, not null
   * @param text the text, not null
   * @param details the details, not null, no null elements
   */
  public Item {
    requireNonNull(lead, "Item.lead");
    requireNonNull(title, "Item.title");
    requireNonNull(text, "Item.text");
    details = List.copyOf(details);
  }
}
