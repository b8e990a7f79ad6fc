package nl.dutchtechzone.reporting.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a workbook back as a spreadsheet program would, with fastexcel-reader (a reader of its
 * own, not the writer under test): sheets by name, rows of cells with their types, values,
 * formulas and number formats. Also opens the zip for the parts a reader does not show.
 */
final class Workbooks {

  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private Workbooks() {}

  /** The sheets of a workbook in order, each as its rows (index = row number - 1). */
  static Map<String, List<Row>> read(byte[] xlsx) {
    Map<String, List<Row>> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
        new ReadingOptions(true, false))) {
      for (Sheet sheet : (Iterable<Sheet>) book.getSheets()::iterator) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet.read()) {
          while (rows.size() < row.getRowNum() - 1) {
            rows.add(null);
          }
          rows.add(row);
        }
        sheets.put(sheet.getName(), rows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sheets;
  }

  /** Every non-empty cell of every sheet. */
  static List<Cell> cells(Map<String, List<Row>> sheets) {
    List<Cell> cells = new ArrayList<>();
    for (List<Row> rows : sheets.values()) {
      for (Row row : rows) {
        if (row != null) {
          row.forEach(c -> {
            if (c != null && c.getType() != org.dhatim.fastexcel.reader.CellType.EMPTY) {
              cells.add(c);
            }
          });
        }
      }
    }
    return cells;
  }

  /** The first row of a sheet whose column A reads the given text, or null. */
  static Row rowLabelled(List<Row> rows, String label) {
    for (Row row : rows) {
      if (row != null && row.getCellCount() > 0 && row.getCell(0) != null
          && label.equals(text(row.getCell(0)))) {
        return row;
      }
    }
    return null;
  }

  /**
   * The text of a string cell as a spreadsheet shows it: with the Office escapes {@code
   * _xHHHH_} decoded, as Excel and LibreOffice do (fastexcel-reader leaves them as written).
   */
  static String text(Cell cell) {
    String raw = cell.getText();
    Matcher m = ESCAPE.matcher(raw);
    StringBuilder s = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(s, Matcher.quoteReplacement(
          String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(s);
    return s.toString();
  }

  /** The number a numeric or formula cell stores. */
  static BigDecimal number(Cell cell) {
    return new BigDecimal(cell.getRawValue());
  }

  /** The text of each zip entry, by name, in the order of the archive. */
  static Map<String, String> parts(byte[] xlsx) {
    Map<String, String> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /** The zip entries themselves, for their times and extra fields. */
  static List<ZipEntry> entries(byte[] xlsx) {
    List<ZipEntry> entries = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.add(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
