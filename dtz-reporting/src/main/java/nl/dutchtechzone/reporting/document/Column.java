package nl.dutchtechzone.reporting.document;

import static java.util.Objects.requireNonNull;

/**
 * A column of a {@link Table}: a stable id, the header a person reads, and the kind of value its
 * cells hold (an empty cell may stand in any column).
 *
 * @param id a stable id, unique in the table, such as {@code planned}, not null
 * @param header the header in the document's language, not null
 * @param type the kind of value of the column's cells, not null
 */
public record Column(String id, String header, CellType type) {

  /**
   * Checks the parts.
   *
   * @param id the id, not null
   * @param header the header, not null
   * @param type the type, not null
   */
  public Column {
    requireNonNull(id, "Column.id");
    requireNonNull(header, "Column.header");
    requireNonNull(type, "Column.type");
  }

  /**
   * Whether the column holds numbers that read right-aligned (money, counts, numbers, rates,
   * percentages).
   *
   * @return true for a numeric column
   */
  public boolean isNumeric() {
    switch (type) {
      case MONEY:
      case RATE:
      case COUNT:
      case NUMBER:
      case PERCENT:
        return true;
      default:
        return false;
    }
  }
}
