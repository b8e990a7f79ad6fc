package nl.dutchtechzone.reporting.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A row of a {@link Table}: one cell per column, what kind of row it is, and, for a total row,
 * which rows it adds up.
 *
 * <p>A total row's money and count cells are the sums of the same columns over the rows
 * {@link #sumOf()} names (an empty cell counts as zero); a spreadsheet may write them as
 * {@code SUM} formulas over exactly those rows. Rows of kind {@link Kind#EXCLUDED} are shown but
 * never summed.
 *
 * @param kind what kind of row it is, not null
 * @param cells the cells, one per column, not null
 * @param sumOf for a total row, the indices (in {@link Table#rows()}) of the rows it adds up, in
 *     ascending order; empty for other rows, not null
 */
public record Row(Kind kind, List<Cell> cells, List<Integer> sumOf) {

  /** What kind of row it is. */
  public enum Kind {
    /** An ordinary row. */
    BODY,
    /** A row shown for completeness but excluded from the totals (an out-of-scope line). */
    EXCLUDED,
    /** A total of other rows. */
    TOTAL
  }

  /**
   * Checks the parts and copies the lists.
   *
   * @param kind the kind, not null
   * @param cells the cells, not null, no null elements
   * @param sumOf the summed rows, not null; non-empty only for a total row
   */
  public Row {
    requireNonNull(kind, "Row.kind");
    cells = List.copyOf(cells);
    sumOf = List.copyOf(sumOf);
    checkArgument(sumOf.isEmpty() || kind == Kind.TOTAL,
        "Row.sumOf must be empty for a row of kind %s, got %s", kind, sumOf);
    for (int i = 1; i < sumOf.size(); i++) {
      checkArgument(sumOf.get(i) > sumOf.get(i - 1),
          "Row.sumOf must be ascending without repeats, got %s", sumOf);
    }
  }

  /**
   * An ordinary row.
   *
   * @param cells the cells, not null
   * @return the row
   */
  public static Row body(List<Cell> cells) {
    return new Row(Kind.BODY, cells, List.of());
  }

  /**
   * A row excluded from totals.
   *
   * @param cells the cells, not null
   * @return the row
   */
  public static Row excluded(List<Cell> cells) {
    return new Row(Kind.EXCLUDED, cells, List.of());
  }

  /**
   * A total row.
   *
   * @param cells the cells, not null
   * @param sumOf the indices of the rows it adds up, ascending, not null
   * @return the row
   */
  public static Row total(List<Cell> cells, List<Integer> sumOf) {
    return new Row(Kind.TOTAL, cells, sumOf);
  }

  /**
   * The cell of a column.
   *
   * @param column the column's index
   * @return the cell
   * @throws IndexOutOfBoundsException if there is no such column
   */
  public Cell cell(int column) {
    return cells.get(column);
  }
}
