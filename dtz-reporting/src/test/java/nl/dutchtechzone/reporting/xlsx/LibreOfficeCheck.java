package nl.dutchtechzone.reporting.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.document.Document;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Java half of {@code scripts/xlsx-libreoffice-check.sh}: writes workbooks with the values
 * the document model gives each sheet, and compares LibreOffice's CSV of each sheet with them.
 *
 * <ul>
 *   <li>{@code write <dir>}: for each sample document (the reference data in Dutch and in
 *       English, the illustrative test document with contributions), {@code <name>.xlsx} and
 *       the expected cells of each sheet, {@code <name>.expected.tsv} (sheet name, row, column,
 *       value per line).
 *   <li>{@code compare <dir>}: reads LibreOffice's {@code <name>-<sheet>.csv} files next to
 *       them and checks every expected cell: numbers numerically (LibreOffice writes
 *       {@code -223573.3} for {@code -223573.30} and {@code -0.63%} for {@code -0.0063}), dates in ISO form, text exactly; and that
 *       LibreOffice shows no cell the document model does not have. Exit status 1 on any
 *       difference, each one printed.
 * </ul>
 *
 * <p>Not a test: the script runs it, because LibreOffice is not part of the build.
 */
public final class LibreOfficeCheck {

  private LibreOfficeCheck() {}

  static Map<String, ExportContext> samples() {
    Map<String, ExportContext> samples = new LinkedHashMap<>();
    samples.put("reference-nl", Fixtures.reference(ExportContext.DUTCH));
    samples.put("reference-en", Fixtures.reference(ExportContext.ENGLISH));
    samples.put("illustrative-en", Fixtures.illustrativeBuilder(ExportContext.ENGLISH)
        .contributions(Fixtures.contributions2021()).build());
    return samples;
  }

  /**
   * Runs one of the two steps.
   *
   * @param args {@code write <dir>} or {@code compare <dir>}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !args[0].equals("write") && !args[0].equals("compare")) {
      System.err.println("usage: LibreOfficeCheck write|compare <dir>");
      System.exit(2);
    }
    Path dir = Path.of(args[1]);
    if (args[0].equals("write")) {
      Files.createDirectories(dir);
      for (Map.Entry<String, ExportContext> sample : samples().entrySet()) {
        Document document = Document.of(sample.getValue());
        try (OutputStream out = Files.newOutputStream(dir.resolve(sample.getKey() + ".xlsx"))) {
          XlsxExporter.write(document, out);
        }
        Files.writeString(dir.resolve(sample.getKey() + ".expected.tsv"),
            expected(XlsxExporter.sheets(document)), StandardCharsets.UTF_8);
      }
      return;
    }
    int differences = 0;
    int cells = 0;
    for (String name : samples().keySet()) {
      Map<String, List<String[]>> expected = readExpected(
          dir.resolve(name + ".expected.tsv"));
      for (Map.Entry<String, List<String[]>> sheet : expected.entrySet()) {
        Path csv = dir.resolve(name + "-" + sheet.getKey() + ".csv");
        List<List<String>> shown = readCsv(csv);
        for (String[] cell : sheet.getValue()) {
          int row = Integer.parseInt(cell[0]);
          int column = Integer.parseInt(cell[1]);
          String want = cell[2];
          String got = row < shown.size() && column < shown.get(row).size()
              ? shown.get(row).get(column) : "";
          cells++;
          if (!same(want, got)) {
            differences++;
            System.out.println(name + " / " + sheet.getKey() + " " + XlsxWriter.reference(column,
                row) + ": document model " + show(want) + ", LibreOffice " + show(got));
          }
        }
        int shownCells = 0;
        for (List<String> r : shown) {
          for (String v : r) {
            shownCells += v.isEmpty() ? 0 : 1;
          }
        }
        if (shownCells != sheet.getValue().size()) {
          differences++;
          System.out.println(name + " / " + sheet.getKey() + ": LibreOffice shows " + shownCells
              + " cells, the document model has " + sheet.getValue().size());
        }
      }
    }
    System.out.println(cells + " cells compared, " + differences + " differences");
    System.exit(differences == 0 ? 0 : 1);
  }

  /** One line per non-empty cell: sheet, row, column, the value as LibreOffice writes it. */
  static String expected(List<XSheet> sheets) {
    StringBuilder s = new StringBuilder();
    for (XSheet sheet : sheets) {
      for (int r = 0; r < sheet.rows.size(); r++) {
        XCell[] row = sheet.rows.get(r);
        for (int c = 0; c < row.length; c++) {
          if (row[c] != null) {
            s.append(escape(sheet.name)).append('\t').append(r).append('\t').append(c)
                .append('\t').append(escape(value(row[c]))).append('\n');
          }
        }
      }
    }
    return s.toString();
  }

  /** A cell's value: text as written, every number as a plain decimal, a date in ISO form. */
  static String value(XCell cell) {
    switch (cell.kind) {
      case TEXT:
        return cell.text;
      case MONEY:
        return BigDecimal.valueOf(cell.number, 2).toPlainString();
      case COUNT:
        return Long.toString(cell.number);
      case DATE:
        return java.time.LocalDate.of(1899, 12, 30).plusDays(cell.number).toString();
      default:
        return cell.decimal.toPlainString();
    }
  }

  private static boolean same(String want, String got) {
    if (want.equals(got)) {
      return true;
    }
    try {
      // LibreOffice writes a percentage cell as shown even in raw mode: -0.63% for -0.0063.
      BigDecimal shown = got.endsWith("%")
          ? new BigDecimal(got.substring(0, got.length() - 1)).movePointLeft(2)
          : new BigDecimal(got);
      return new BigDecimal(want).compareTo(shown) == 0;
    } catch (NumberFormatException e) {
      // Not both numbers, and not the same text: a difference, reported by the caller.
      return false;
    }
  }

  private static String show(String value) {
    return "'" + value.replace("\n", "\\n").replace("\t", "\\t") + "'";
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char d = s.charAt(++i);
        out.append(d == 't' ? '\t' : d == 'n' ? '\n' : d == 'r' ? '\r' : d);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Map<String, List<String[]>> readExpected(Path file) throws IOException {
    Map<String, List<String[]>> sheets = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] parts = line.split("\t", -1);
      sheets.computeIfAbsent(unescape(parts[0]), k -> new ArrayList<>())
          .add(new String[] {parts[1], parts[2], unescape(parts[3])});
    }
    return sheets;
  }

  private static List<List<String>> readCsv(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    if (!Files.exists(file)) {
      throw new IOException("LibreOffice wrote no " + file + ": is the sheet missing?");
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
        List<String> row = new ArrayList<>();
        record.forEach(row::add);
        rows.add(row);
      }
    }
    return rows;
  }
}
