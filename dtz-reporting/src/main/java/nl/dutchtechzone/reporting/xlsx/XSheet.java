package nl.dutchtechzone.reporting.xlsx;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One sheet being built: a name, rows of typed cells and the number of rows frozen at the top.
 * Totals are made by {@link #sum(int, int, int)}, which adds up the cells already in the sheet,
 * so a total's stored value is the sum of its range by construction.
 *
 * <p>Instances are mutable and not thread-safe; the exporter builds each one on one thread.
 */
final class XSheet {

  /** Characters a sheet name may not hold. */
  private static final String FORBIDDEN = ":\\/?*[]";

  final String name;
  final List<XCell[]> rows = new ArrayList<>();
  /** The units of the sheet's NUMBER cells, in the order they first occur. */
  final Set<String> units = new LinkedHashSet<>();
  int frozenRows;
  int columns;
  /** The widest display length per column so far, kept up as rows are added. */
  private int[] widest = new int[8];

  /**
   * A sheet with no rows.
   *
   * @param name the sheet's name: 1 to 31 characters, none of {@code : \ / ? * [ ]}, not starting
   *     or ending with an apostrophe
   * @throws IllegalArgumentException if the name is not such a name
   */
  XSheet(String name) {
    requireNonNull(name, "name");
    if (name.isEmpty() || name.length() > 31 || name.startsWith("'") || name.endsWith("'")) {
      throw new IllegalArgumentException("sheet name '" + name
          + "': expected 1 to 31 characters, not starting or ending with an apostrophe");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c)) {
        throw new IllegalArgumentException("sheet name '" + name + "' holds '" + c
            + "' at " + i + ": expected none of " + FORBIDDEN + " and no control character");
      }
    }
    this.name = name;
  }

  /**
   * Appends a row; a null cell is an empty one. The sheet keeps the array: callers pass a fresh
   * one and do not change it afterwards.
   *
   * @param cells the cells from column A on
   * @return the row's index, zero-based
   */
  int row(XCell... cells) {
    rows.add(cells);
    if (cells.length > columns) {
      columns = cells.length;
      if (columns > widest.length) {
        widest = Arrays.copyOf(widest, Math.max(columns, 2 * widest.length));
      }
    }
    // Widths and units while the cells are at hand, so writing needs no second pass.
    for (int c = 0; c < cells.length; c++) {
      XCell cell = cells[c];
      if (cell != null) {
        widest[c] = Math.max(widest[c], XlsxWriter.displayLength(cell));
        if (cell.unit != null) {
          units.add(cell.unit);
        }
      }
    }
    return rows.size() - 1;
  }

  /**
   * The widest display length of each column, as {@link XlsxWriter#displayLength(XCell)}
   * measures it.
   *
   * @return one length per column, a fresh array
   */
  int[] widest() {
    return Arrays.copyOf(widest, columns);
  }

  /**
   * Appends a heading row in bold and freezes the sheet down to it when it is the first.
   *
   * @param labels the column headings
   * @return the row's index, zero-based
   */
  int header(String... labels) {
    XCell[] cells = new XCell[labels.length];
    for (int i = 0; i < labels.length; i++) {
      cells[i] = XCell.bold(labels[i]);
    }
    int row = row(cells);
    if (frozenRows == 0) {
      frozenRows = row + 1;
    }
    return row;
  }

  /** Appends an empty row. */
  void blank() {
    rows.add(new XCell[0]);
  }

  /**
   * The next row's index.
   *
   * @return the number of rows so far
   */
  int next() {
    return rows.size();
  }

  /**
   * A {@code SUM} over rows {@code from..to} of a column, with the sum of the cells there stored.
   * Empty cells count as nothing; every other cell in the range must be of one kind, money or
   * counts.
   *
   * @param column the column, zero-based
   * @param from the first row, zero-based
   * @param to the last row, zero-based, at least {@code from}
   * @return the bold SUM cell
   * @throws IllegalArgumentException if the range holds a cell that is neither empty nor of the
   *     range's kind, holds no number at all, or if the sum overflows
   */
  XCell sum(int column, int from, int to) {
    if (from < 0 || to < from || to >= rows.size()) {
      throw new IllegalArgumentException("sheet '" + name + "': SUM rows " + from + ".." + to
          + ", expected 0 <= from <= to < " + rows.size());
    }
    XCell.Kind kind = null;
    long total = 0;
    for (int r = from; r <= to; r++) {
      XCell[] row = rows.get(r);
      XCell cell = column < row.length ? row[column] : null;
      if (cell == null) {
        continue;
      }
      if (cell.kind != XCell.Kind.MONEY && cell.kind != XCell.Kind.COUNT
          || kind != null && cell.kind != kind) {
        throw new IllegalArgumentException("sheet '" + name + "': SUM over "
            + XlsxWriter.reference(column, from) + ":" + XlsxWriter.reference(column, to)
            + " meets a " + cell.kind + " cell at " + XlsxWriter.reference(column, r)
            + ", expected only " + (kind == null ? "MONEY or COUNT" : kind) + " cells");
      }
      kind = cell.kind;
      try {
        total = Math.addExact(total, cell.number);
      } catch (ArithmeticException e) {
        throw new ArithmeticException("sheet '" + name + "': SUM over "
            + XlsxWriter.reference(column, from) + ":" + XlsxWriter.reference(column, to)
            + " overflows a long at " + XlsxWriter.reference(column, r));
      }
    }
    if (kind == null) {
      throw new IllegalArgumentException("sheet '" + name + "': SUM over "
          + XlsxWriter.reference(column, from) + ":" + XlsxWriter.reference(column, to)
          + " holds no number");
    }
    return XCell.sum(kind, from, to, total);
  }
}
