package nl.dutchtechzone.reporting.document;

import java.util.List;

/**
 * A list of entries (outcomes, observations, activities, gaps).
 *
 * @param items the entries in order, not null
 */
public record ItemList(List<Item> items) implements Block {

  /**
   * Copies the entries.
   *
   * @param items the entries, not null, no null elements
   */
  public ItemList {
    items = List.copyOf(items);
  }
}
