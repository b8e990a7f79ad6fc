package nl.dutchtechzone.reporting.xlsx;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dutchtechzone.reporting.document.Block;
import nl.dutchtechzone.reporting.document.Cell;
import nl.dutchtechzone.reporting.document.Chart;
import nl.dutchtechzone.reporting.document.Column;
import nl.dutchtechzone.reporting.document.Document;
import nl.dutchtechzone.reporting.document.Field;
import nl.dutchtechzone.reporting.document.Fields;
import nl.dutchtechzone.reporting.document.Item;
import nl.dutchtechzone.reporting.document.ItemList;
import nl.dutchtechzone.reporting.document.KeyFigure;
import nl.dutchtechzone.reporting.document.KeyFigures;
import nl.dutchtechzone.reporting.document.Paragraph;
import nl.dutchtechzone.reporting.document.Row;
import nl.dutchtechzone.reporting.document.Section;
import nl.dutchtechzone.reporting.document.SectionKind;
import nl.dutchtechzone.reporting.document.Table;
import nl.dutchtechzone.reporting.document.Texts;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;

/**
 * The {@code xlsx} format: the {@link Document} as an Excel workbook for finance staff, one sheet
 * per part, in this order and each only when the document has that part: the financial statement;
 * the contributions per municipality and their settlement; the budget with budget against actual;
 * the plan with its progress, gaps and key figures; the validation findings; and last the programme
 * with the cover letter and the report's texts.
 *
 * <p>Every table of the document becomes a block of rows: a bold heading row, then one row per
 * table row. Money is a numeric cell with a euro number format, never text; counts are integers;
 * percentages are fractions with a percent format; dates are date cells; a number with a unit stays
 * a number, the unit shown by its number format. Each total row of the document becomes {@code SUM}
 * formulas over the rows it adds up, directly above it, with the computed value stored (and checked
 * against the document's own total), so the figure shows at once and can be audited; where a
 * table's totals add up rows that are not next to each other (income and spending lines in one
 * budget), the rows of each total are grouped together first. The first heading row of each sheet
 * is frozen; columns are as wide as their widest cell. Sheet names and headings are in the
 * document's language.
 *
 * <p>Text from the document is always a string cell, whatever it starts with ({@code =}, {@code +},
 * {@code -}, {@code @}), so no text can become a formula. The same document gives the same bytes
 * under any default locale and time zone: the workbook carries no timestamp. The sheets, columns
 * and formats are listed in {@code docs/exporters.md}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XlsxExporter implements ReportExporter {

  /** The Office Open XML spreadsheet media type. */
  static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The prefix of the sheet names' keys in the document's texts ({@code sheet.budget}). */
  static final String SHEET_KEY = "sheet.";

  /** The sheets, in order, with the sections of the document each one holds. */
  private static final Map<SectionKind, String> SHEET_OF = new EnumMap<>(SectionKind.class);

  private static final List<String> SHEETS =
      List.of("statement", "contributions", "budget", "plan", "validation", "programme");

  static {
    SHEET_OF.put(SectionKind.STATEMENT, "statement");
    SHEET_OF.put(SectionKind.CONTRIBUTIONS, "contributions");
    SHEET_OF.put(SectionKind.SETTLEMENT, "contributions");
    SHEET_OF.put(SectionKind.BUDGET, "budget");
    SHEET_OF.put(SectionKind.BUDGET_VS_ACTUAL, "budget");
    SHEET_OF.put(SectionKind.PLAN, "plan");
    SHEET_OF.put(SectionKind.GAPS, "plan");
    SHEET_OF.put(SectionKind.KEY_FIGURES, "plan");
    SHEET_OF.put(SectionKind.VALIDATION, "validation");
    SHEET_OF.put(SectionKind.LETTER, "programme");
    SHEET_OF.put(SectionKind.PROGRAMME, "programme");
    SHEET_OF.put(SectionKind.REPORT, "programme");
  }

  /**
   * The sheet (its key in the document's texts, after {@link #SHEET_KEY}) that holds a
   * top-level section.
   *
   * @param kind the section's kind
   * @return the key, or null for a kind that is never a top-level section
   */
  static String sheetKey(SectionKind kind) {
    return SHEET_OF.get(kind);
  }

  /** Creates the exporter; used by the service loader. */
  public XlsxExporter() {}

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  @Override
  public String fileExtension() {
    return "xlsx";
  }

  @Override
  public String description() {
    return "An Excel workbook: one sheet per part, euro cells, SUM totals with stored values";
  }

  @Override
  public void export(ExportContext context, OutputStream out) throws IOException {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    write(Document.of(context), out);
  }

  /**
   * Writes a document as a workbook.
   *
   * @param document the document
   * @param out the stream, flushed and left open
   * @throws IOException if the stream fails
   */
  static void write(Document document, OutputStream out) throws IOException {
    XlsxWriter.write(sheets(document), document.title(), document.locale(), out);
    out.flush();
  }

  /**
   * The sheets of a document.
   *
   * @param document the document
   * @return the sheets in order, at least one (the programme)
   */
  static List<XSheet> sheets(Document document) {
    // The names are texts of the document's language like any other, English where that
    // language's bundle lacks them.
    Texts names = document.texts();
    Map<String, XSheet> sheets = new LinkedHashMap<>();
    for (String key : SHEETS) {
      sheets.put(key, null);
    }
    for (Section section : document.sections()) {
      String key = SHEET_OF.get(section.kind());
      if (key == null) {
        throw new IllegalArgumentException("section '" + section.id() + "' of kind "
            + section.kind() + " is not a top-level part that the xlsx format places");
      }
      XSheet sheet = sheets.get(key);
      if (sheet == null) {
        sheet = new XSheet(names.get(SHEET_KEY + key));
        sheets.put(key, sheet);
      }
      section(sheet, section);
    }
    List<XSheet> list = new ArrayList<>();
    sheets.values().forEach(s -> {
      if (s != null) {
        list.add(s);
      }
    });
    return list;
  }

  private static void section(XSheet sheet, Section section) {
    boolean hasTable = section.blocks().stream().anyMatch(b -> b instanceof Table);
    if (!hasTable) {
      gap(sheet);
      sheet.row(XCell.bold(section.heading()));
    }
    for (Block block : section.blocks()) {
      if (block instanceof Section sub) {
        section(sheet, sub);
      } else if (block instanceof Table table) {
        table(sheet, table);
      } else if (block instanceof Paragraph p) {
        sheet.row(XCell.text(p.text()));
      } else if (block instanceof Fields fields) {
        for (Field f : fields.fields()) {
          sheet.row(XCell.text(f.label()), cell(f.value(), null));
        }
      } else if (block instanceof KeyFigures figures) {
        for (KeyFigure f : figures.figures()) {
          sheet.row(XCell.text(f.label()), cell(f.value(), null));
        }
      } else if (block instanceof ItemList list) {
        for (Item item : list.items()) {
          List<XCell> cells = new ArrayList<>();
          item.lead().ifPresent(c -> cells.add(cell(c, null)));
          item.title().ifPresent(t -> cells.add(XCell.bold(t)));
          cells.add(XCell.text(item.text()));
          for (Field f : item.details()) {
            cells.add(XCell.text(f.label()));
            cells.add(cell(f.value(), null));
          }
          sheet.row(cells.toArray(new XCell[0]));
        }
      } else if (!(block instanceof Chart)) {
        // A chart's data is its table's, which is on the sheet; anything else is new.
        throw new IllegalArgumentException("section '" + section.id() + "' holds a "
            + block.getClass().getSimpleName() + ", which the xlsx format does not place");
      }
    }
  }

  /** A blank row before a new block, unless the sheet is empty. */
  private static void gap(XSheet sheet) {
    if (sheet.next() > 0) {
      sheet.blank();
    }
  }

  /**
   * A table: its caption (unless it opens the sheet), its heading row, its rows in an order in
   * which the rows of each total are next to each other, then its totals as SUM formulas.
   */
  private static void table(XSheet sheet, Table table) {
    if (sheet.next() > 0) {
      sheet.blank();
      sheet.row(XCell.bold(table.caption()));
    }
    List<Column> columns = table.columns();
    String[] headers = new String[columns.size()];
    for (int c = 0; c < headers.length; c++) {
      headers[c] = columns.get(c).header();
    }
    sheet.header(headers);
    int[] order = order(table);
    int[] at = new int[table.rows().size()];
    for (int i : order) {
      Row row = table.rows().get(i);
      XCell[] cells = new XCell[columns.size()];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = cell(row.cell(c), columns.get(c));
      }
      at[i] = sheet.row(cells);
    }
    for (int i = 0; i < table.rows().size(); i++) {
      Row row = table.rows().get(i);
      if (row.kind() != Row.Kind.TOTAL) {
        continue;
      }
      XCell[] cells = new XCell[columns.size()];
      boolean sums = !row.sumOf().isEmpty();
      int from = sums ? at[row.sumOf().get(0)] : -1;
      int to = sums ? at[row.sumOf().get(row.sumOf().size() - 1)] : -1;
      for (int c = 0; c < cells.length; c++) {
        Cell value = row.cell(c);
        // A total of no rows (a plan without themes) has no range to add up: its value as is.
        if (sums && (value instanceof Cell.Amount || value instanceof Cell.Count)) {
          XCell sum = sheet.sum(c, from, to);
          long expected = value instanceof Cell.Amount a ? a.amount().cents()
              : ((Cell.Count) value).value();
          if (sum.number != expected) {
            throw new IllegalStateException("table '" + table.id() + "', column '"
                + columns.get(c).id() + "': the document's total " + expected
                + " is not the sum " + sum.number + " of the rows it names " + row.sumOf());
          }
          cells[c] = sum;
        } else {
          XCell plain = cell(value, columns.get(c));
          cells[c] = plain == null ? null : plain.inBold();
        }
      }
      sheet.row(cells);
    }
  }

  /**
   * The order in which to write a table's non-total rows: the table's own order when the rows of
   * every total are next to each other in it; otherwise the rows of each total together, in the
   * order of the totals, then the rows no total adds up.
   *
   * @param table the table
   * @return the indices of the non-total rows in the order to write them
   * @throws IllegalArgumentException if a total adds up a row that is not a body row, or if
   *     totals share rows and the table's order does not keep their rows together
   */
  static int[] order(Table table) {
    List<Row> rows = table.rows();
    int body = 0;
    for (Row row : rows) {
      if (row.kind() != Row.Kind.TOTAL) {
        body++;
      }
    }
    int[] natural = new int[body];
    int[] position = new int[rows.size()];
    Arrays.fill(position, -1);
    int p = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).kind() != Row.Kind.TOTAL) {
        position[i] = p;
        natural[p++] = i;
      }
    }
    boolean contiguous = true;
    for (Row row : rows) {
      List<Integer> sum = row.sumOf();
      int first = -1;
      for (int k = 0; k < sum.size(); k++) {
        int i = sum.get(k);
        if (i < 0 || i >= rows.size() || position[i] < 0) {
          throw new IllegalArgumentException("table '" + table.id() + "': a total adds up row "
              + i + ", which is not a body row of the table");
        }
        if (k == 0) {
          first = position[i];
        }
        contiguous &= position[i] == first + k;
      }
    }
    if (contiguous) {
      return natural;
    }
    int[] grouped = new int[body];
    boolean[] used = new boolean[rows.size()];
    int g = 0;
    for (Row row : rows) {
      for (int i : row.sumOf()) {
        if (used[i]) {
          throw new IllegalArgumentException("table '" + table.id() + "': row " + i
              + " is in two totals whose rows are not next to each other, so no SUM over a"
              + " range can add them up");
        }
        used[i] = true;
        grouped[g++] = i;
      }
    }
    for (int i : natural) {
      if (!used[i]) {
        grouped[g++] = i;
      }
    }
    return grouped;
  }

  /**
   * The cell of a document cell: text and labels as string cells, names of references as string
   * cells, and every figure as a number with its format.
   *
   * @param cell the document's cell
   * @param column its column, or null outside a table
   * @return the sheet cell, or null for an empty cell
   */
  static XCell cell(Cell cell, Column column) {
    if (cell instanceof Cell.Text t) {
      return XCell.text(t.text());
    } else if (cell instanceof Cell.Label l) {
      return XCell.text(l.text());
    } else if (cell instanceof Cell.Reference r) {
      return XCell.text(r.name());
    } else if (cell instanceof Cell.Amount a) {
      return XCell.money(a.amount());
    } else if (cell instanceof Cell.Rate r) {
      return XCell.rate(r.euros());
    } else if (cell instanceof Cell.Count c) {
      return XCell.count(c.value());
    } else if (cell instanceof Cell.Number n) {
      return XCell.number(n.value(), n.unit().orElse(null));
    } else if (cell instanceof Cell.Percent p) {
      return XCell.percent(p.percent());
    } else if (cell instanceof Cell.Date d) {
      return XCell.date(d.date());
    } else if (cell instanceof Cell.Year y) {
      return XCell.year(y.year());
    } else if (cell instanceof Cell.Empty) {
      return null;
    }
    throw new IllegalArgumentException("cell " + cell + (column == null ? ""
        : " in column '" + column.id() + "'") + ": a kind the xlsx format does not know");
  }
}
