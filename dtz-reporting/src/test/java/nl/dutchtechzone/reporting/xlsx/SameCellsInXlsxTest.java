package nl.dutchtechzone.reporting.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.Render;
import nl.dutchtechzone.reporting.SecondProgramme;
import nl.dutchtechzone.reporting.document.Cell;
import nl.dutchtechzone.reporting.document.Document;
import nl.dutchtechzone.reporting.document.Section;
import nl.dutchtechzone.reporting.document.Table;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The drift test for the workbook, beside the one for Markdown and HTML
 * ({@code document.SameCellsInEveryFormatTest}): every table of the document model appears on
 * its sheet, read back by a spreadsheet reader, with the same headers and the same cells, each
 * as the kind of cell its model cell is (text as a string, money, counts, numbers and years as
 * numbers, a percentage as its fraction, a date as a date). Rows appear in the document's order,
 * except where a table's totals add up rows that are not next to each other: there the rows of
 * each total come together first ({@link XlsxExporter#order}).
 */
class SameCellsInXlsxTest {

  static Stream<ExportContext> contexts() {
    return Stream.of(Fixtures.reference(ExportContext.DUTCH),
        Fixtures.reference(ExportContext.ENGLISH), Fixtures.illustrative(ExportContext.DUTCH),
        Fixtures.illustrative(ExportContext.ENGLISH), SecondProgramme.context(ExportContext.DUTCH),
        SecondProgramme.context(ExportContext.ENGLISH),
        // a third language by its bundle file: German where the test bundle has words
        Fixtures.reference(java.util.Locale.GERMAN),
        Fixtures.illustrative(java.util.Locale.GERMAN));
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void everyTableOfTheModelIsOnItsSheetWithTheSameCells(ExportContext context) {
    Document doc = Document.of(context);
    Map<String, List<Row>> sheets = Workbooks.read(Render.bytes(new XlsxExporter(), context));
    Map<String, Integer> cursor = new java.util.HashMap<>();
    int tables = 0;
    for (Section section : doc.sections()) {
      String sheet = doc.texts()
          .get(XlsxExporter.SHEET_KEY + XlsxExporter.sheetKey(section.kind()));
      List<Row> rows = sheets.get(sheet);
      assertThat(rows).as("sheet %s", sheet).isNotNull();
      for (Table table : section.tables()) {
        int at = header(rows, table, cursor.getOrDefault(sheet, 0));
        assertThat(at).as("the heading row of table %s on sheet %s", table.id(), sheet)
            .isNotNegative();
        int[] order = XlsxExporter.order(table);
        int r = at + 1;
        for (int i : order) {
          sameCells(table, i, rows.get(r++));
        }
        for (int i = 0; i < table.rows().size(); i++) {
          if (table.rows().get(i).kind()
              == nl.dutchtechzone.reporting.document.Row.Kind.TOTAL) {
            sameCells(table, i, rows.get(r++));
          }
        }
        cursor.put(sheet, r);
        tables++;
      }
    }
    assertThat(tables).isEqualTo(doc.tables().size()).isPositive();
  }

  /** The index of the first row from {@code from} on that holds the table's headers, or -1. */
  private static int header(List<Row> rows, Table table, int from) {
    for (int r = from; r < rows.size(); r++) {
      Row row = rows.get(r);
      if (row == null) {
        continue;
      }
      boolean same = true;
      for (int c = 0; c < table.columns().size() && same; c++) {
        same = row.getCellCount() > c && row.getCell(c) != null
            && row.getCell(c).getType() == CellType.STRING
            && Workbooks.text(row.getCell(c)).equals(table.columns().get(c).header());
      }
      if (same) {
        return r;
      }
    }
    return -1;
  }

  private static void sameCells(Table table, int index, Row row) {
    List<Cell> cells = table.rows().get(index).cells();
    for (int c = 0; c < cells.size(); c++) {
      Cell model = cells.get(c);
      org.dhatim.fastexcel.reader.Cell read = row != null && row.getCellCount() > c
          ? row.getCell(c) : null;
      String where = table.id() + " row " + index + " column " + table.columns().get(c).id();
      if (model instanceof Cell.Empty) {
        assertThat(read == null || read.getType() == CellType.EMPTY).as(where).isTrue();
        continue;
      }
      assertThat(read).as(where).isNotNull();
      if (model instanceof Cell.Text || model instanceof Cell.Label
          || model instanceof Cell.Reference) {
        assertThat(read.getType()).as(where).isEqualTo(CellType.STRING);
        String text = model instanceof Cell.Text t ? t.text()
            : model instanceof Cell.Label l ? l.text() : ((Cell.Reference) model).name();
        assertThat(Workbooks.text(read)).as(where).isEqualTo(text);
      } else if (model instanceof Cell.Date d) {
        assertThat(read.getType()).as(where).isEqualTo(CellType.NUMBER);
        assertThat(read.asDate().toLocalDate()).as(where).isEqualTo(d.date());
      } else {
        assertThat(read.getType()).as(where).isIn(CellType.NUMBER, CellType.FORMULA);
        assertThat(Workbooks.number(read)).as(where).isEqualByComparingTo(number(model));
      }
    }
  }

  private static BigDecimal number(Cell model) {
    if (model instanceof Cell.Amount a) {
      return new BigDecimal(a.amount().toPlainString());
    } else if (model instanceof Cell.Count c) {
      return BigDecimal.valueOf(c.value());
    } else if (model instanceof Cell.Number n) {
      return n.value();
    } else if (model instanceof Cell.Percent p) {
      return p.percent().movePointLeft(2);
    } else if (model instanceof Cell.Rate r) {
      return r.euros();
    } else if (model instanceof Cell.Year y) {
      return BigDecimal.valueOf(y.year());
    }
    throw new AssertionError("a model cell of a kind this test does not know: " + model);
  }
}
