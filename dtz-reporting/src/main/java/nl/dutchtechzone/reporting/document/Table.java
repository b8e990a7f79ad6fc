package nl.dutchtechzone.reporting.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table of typed cells: the one shape in which every format writes the document's figures
 * (Markdown and HTML tables, spreadsheet sheets, PDF tables).
 *
 * <p>Every row has one cell per column; a cell is {@link Cell.Empty} or of its column's type
 * (the first column of a total row may hold the word "Total" as text). A total row names the
 * rows it adds up (see {@link Row#sumOf()}); the rows it names come before it.
 *
 * @param id a stable id, unique in the document, such as {@code statement} or
 *     {@code budget}, not null
 * @param caption what the table shows, in the document's language, not null
 * @param columns the columns, at least one, ids unique, not null
 * @param rows the rows in order, not null
 */
public record Table(String id, String caption, List<Column> columns, List<Row> rows)
    implements Block {

  /**
   * Checks the shape and copies the lists.
   *
   * @param id the id, not null
   * @param caption the caption, not null
   * @param columns the columns, not null, no null elements
   * @param rows the rows, not null, no null elements
   * @throws IllegalArgumentException if a row has another number of cells than there are
   *     columns, a cell's type does not fit its column, a column id repeats, or a total row
   *     names itself or a row after it
   */
  public Table {
    requireNonNull(id, "Table.id");
    requireNonNull(caption, "Table.caption");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    checkArgument(!columns.isEmpty(), "Table.columns of table '%s' must not be empty", id);
    Set<String> ids = new HashSet<>();
    for (Column c : columns) {
      checkArgument(ids.add(c.id()), "Table.columns of table '%s' repeat the id '%s'", id,
          c.id());
    }
    // One check per cell, by the cell's class (one load, no interface call) against the class
    // its column expects; messages are built only when a check fails (no boxing per row).
    int width = columns.size();
    Class<?>[] expected = new Class<?>[width];
    for (int c = 0; c < width; c++) {
      expected[c] = columns.get(c).type().cellClass();
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      List<Cell> cells = row.cells();
      if (cells.size() != width) {
        throw new IllegalArgumentException("Table '" + id + "' row " + r + " has "
            + cells.size() + " cells, expected one per column (" + width + ")");
      }
      boolean total = row.kind() == Row.Kind.TOTAL;
      for (int c = 0; c < width; c++) {
        Class<?> type = cells.get(c).getClass();
        if (type != expected[c] && type != Cell.Empty.class
            && !(c == 0 && total && type == Cell.Text.class)) {
          throw new IllegalArgumentException("Table '" + id + "' row " + r + " column '"
              + columns.get(c).id() + "' holds a " + cells.get(c).type() + " cell, expected "
              + columns.get(c).type());
        }
      }
      if (total) {
        for (int summed : row.sumOf()) {
          if (summed < 0 || summed >= r) {
            throw new IllegalArgumentException("Table '" + id + "' total row " + r
                + " sums row " + summed + ", expected a row before it");
          }
        }
      }
    }
  }

  /**
   * The index of a column.
   *
   * @param columnId the column's id, not null
   * @return the index
   * @throws IllegalArgumentException if the table has no such column
   */
  public int columnIndex(String columnId) {
    requireNonNull(columnId, "columnId");
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).id().equals(columnId)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Table '" + id + "' has no column '" + columnId
        + "'");
  }
}
