package nl.dutchtechzone.reporting.xlsx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes sheets as an Office Open XML workbook ({@code .xlsx}) onto a stream.
 *
 * <p>What a spreadsheet program reads: text as inline string cells ({@code t="inlineStr"}), so
 * that no text is ever a formula; money, counts, percentages and dates as numbers with a number
 * format each; totals as {@code <f>SUM(..)</f>} with the computed value in {@code <v>}, so the
 * workbook shows the right figure before any recalculation and an auditor sees the formula; the
 * first heading row of each sheet bold and frozen; column widths from the widest cell.
 *
 * <p>Same sheets, same bytes: the zip entries carry the fixed time 2000-01-01 00:00 (a DOS time,
 * which has no time zone), the document properties carry no date, and
 * nothing depends on the default locale or time zone.
 *
 * <p>This class is thread-safe: it keeps no state between calls.
 */
final class XlsxWriter {

  /**
   * The fixed time of every zip entry, written as a DOS date and time, which carry no time zone.
   * Not 1980-01-01 00:00: the JDK reads that DOS value as "before 1980" and adds an extended
   * timestamp field computed in the default time zone.
   */
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  /** Deflate level 4, as fastexcel uses by default: close to the best size at a good speed. */
  private static final int LEVEL = 4;

  /** The widest column, in characters; longer text is cut off on screen, not in the cell. */
  private static final int MAX_WIDTH = 80;

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String XML_HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  /** Number format ids: the euro format, the percent format and the date format are custom. */
  private static final int FMT_EURO = 164;
  private static final int FMT_PERCENT = 165;
  private static final int FMT_DATE = 166;
  private static final int FMT_RATE = 167;
  /** The first of the unit formats, one per unit in the workbook. */
  private static final int FMT_UNIT = 168;

  /** The euro format: the euro sign (Dutch locale id), grouped thousands, two decimals. */
  static final String EURO_FORMAT = "[$€-413] #,##0.00;[$€-413] -#,##0.00";
  /** The percent format: one decimal. */
  static final String PERCENT_FORMAT = "0.0%";
  /** The date format: ISO order, the same in every language. */
  static final String DATE_FORMAT = "yyyy-mm-dd";
  /** The rate format: the euro sign, two to five decimals. */
  static final String RATE_FORMAT = "[$€-413] #,##0.00###";

  private XlsxWriter() {}

  /**
   * Writes a workbook of the given sheets. The stream is flushed and left open.
   *
   * @param sheets the sheets in order, at least one, with distinct names (ignoring case)
   * @param title the document's title, for the document properties
   * @param language the document's language, for the document properties
   * @param out the stream
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if there is no sheet or two share a name
   */
  static void write(List<XSheet> sheets, String title, Locale language, OutputStream out)
      throws IOException {
    if (sheets.isEmpty()) {
      throw new IllegalArgumentException("sheets: expected at least one, got none");
    }
    Set<String> names = new HashSet<>();
    for (XSheet sheet : sheets) {
      if (!names.add(sheet.name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("sheet name '" + sheet.name
            + "' is used twice (names are compared ignoring case)");
      }
    }
    // Finished, never closed: the caller's stream stays open.
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    zip.setLevel(LEVEL);
    Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);

    entry(zip, w, "[Content_Types].xml");
    w.write(XML_HEAD);
    w.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" "
        + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    for (int i = 1; i <= sheets.size(); i++) {
      w.write("<Override PartName=\"/xl/worksheets/sheet" + i + ".xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    w.write("<Override PartName=\"/docProps/core.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>\n");

    entry(zip, w, "_rels/.rels");
    w.write(XML_HEAD);
    w.write("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" "
        + "Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
        + "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" "
        + "Target=\"docProps/app.xml\"/></Relationships>\n");

    entry(zip, w, "docProps/core.xml");
    w.write(XML_HEAD);
    w.write("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
        + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<dc:title>");
    text(w, title);
    w.write("</dc:title><dc:creator>dtz</dc:creator><dc:language>");
    w.write(language.toLanguageTag());
    w.write("</dc:language></cp:coreProperties>\n");

    entry(zip, w, "docProps/app.xml");
    w.write(XML_HEAD);
    w.write("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "extended-properties\"><Application>dtz</Application></Properties>\n");

    entry(zip, w, "xl/workbook.xml");
    w.write(XML_HEAD);
    w.write("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><bookViews>"
        + "<workbookView activeTab=\"0\"/></bookViews><sheets>");
    for (int i = 1; i <= sheets.size(); i++) {
      w.write("<sheet name=\"");
      text(w, sheets.get(i - 1).name);
      w.write("\" sheetId=\"" + i + "\" r:id=\"rId" + i + "\"/>");
    }
    w.write("</sheets></workbook>\n");

    entry(zip, w, "xl/_rels/workbook.xml.rels");
    w.write(XML_HEAD);
    w.write("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 1; i <= sheets.size(); i++) {
      w.write("<Relationship Id=\"rId" + i + "\" Type=\"" + REL + "/worksheet\" "
          + "Target=\"worksheets/sheet" + i + ".xml\"/>");
    }
    w.write("<Relationship Id=\"rId" + (sheets.size() + 1) + "\" Type=\"" + REL + "/styles\" "
        + "Target=\"styles.xml\"/></Relationships>\n");

    entry(zip, w, "xl/styles.xml");
    List<String> units = units(sheets);
    styles(w, units);

    for (int i = 0; i < sheets.size(); i++) {
      entry(zip, w, "xl/worksheets/sheet" + (i + 1) + ".xml");
      sheet(w, sheets.get(i), i == 0, units);
    }
    w.flush();
    zip.closeEntry();
    zip.finish();
    zip.flush();
  }

  private static void entry(ZipOutputStream zip, Writer w, String name) throws IOException {
    w.flush();
    if (!name.equals("[Content_Types].xml")) {
      zip.closeEntry();
    }
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
  }

  /**
   * The style index of a cell: two per kind, plain and bold, in the order of {@link
   * XCell.Kind}.
   */
  private static int style(XCell cell, List<String> units) {
    if (cell.unit != null) {
      return XCell.Kind.values().length * 2 + units.indexOf(cell.unit) * 2 + (cell.bold ? 1 : 0);
    }
    return cell.kind.ordinal() * 2 + (cell.bold ? 1 : 0);
  }

  /** The units of all NUMBER cells, in the order they first occur: one number format each. */
  private static List<String> units(List<XSheet> sheets) {
    Set<String> units = new LinkedHashSet<>();
    for (XSheet sheet : sheets) {
      for (XCell[] row : sheet.rows) {
        for (XCell cell : row) {
          if (cell != null && cell.unit != null) {
            units.add(cell.unit);
          }
        }
      }
    }
    return new ArrayList<>(units);
  }

  /**
   * The number format of a unit: the general format, a space and the unit with every character
   * escaped by a backslash, so that any unit shows as written and none is read as a format code.
   */
  static String unitFormat(String unit) {
    StringBuilder s = new StringBuilder("General\\ ");
    unit.codePoints().forEach(c -> s.append('\\').appendCodePoint(c));
    return s.toString();
  }

  private static void styles(Writer w, List<String> units) throws IOException {
    w.write(XML_HEAD);
    w.write("<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"" + (4 + units.size()) + "\">"
        + "<numFmt numFmtId=\"" + FMT_EURO + "\" formatCode=\"" + EURO_FORMAT + "\"/>"
        + "<numFmt numFmtId=\"" + FMT_PERCENT + "\" formatCode=\"" + PERCENT_FORMAT + "\"/>"
        + "<numFmt numFmtId=\"" + FMT_DATE + "\" formatCode=\"" + DATE_FORMAT + "\"/>"
        + "<numFmt numFmtId=\"" + FMT_RATE + "\" formatCode=\"" + RATE_FORMAT + "\"/>"
    );
    for (int u = 0; u < units.size(); u++) {
      w.write("<numFmt numFmtId=\"" + (FMT_UNIT + u) + "\" formatCode=\"");
      text(w, unitFormat(units.get(u)));
      w.write("\"/>");
    }
    w.write("</numFmts><fonts count=\"2\">"
        + "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        + "</borders><cellStyleXfs count=\"1\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
    int[] base = {0, FMT_EURO, 3, FMT_PERCENT, FMT_DATE, FMT_RATE, 0};
    int[] formats = Arrays.copyOf(base, base.length + units.size());
    for (int u = 0; u < units.size(); u++) {
      formats[base.length + u] = FMT_UNIT + u;
    }
    w.write("<cellXfs count=\"" + formats.length * 2 + "\">");
    for (int format : formats) {
      for (int font = 0; font < 2; font++) {
        w.write("<xf numFmtId=\"" + format + "\" fontId=\"" + font
            + "\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
            + (format != 0 ? " applyNumberFormat=\"1\"" : "")
            + (font != 0 ? " applyFont=\"1\"" : "") + "/>");
      }
    }
    w.write("</cellXfs><cellStyles count=\"1\">"
        + "<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>\n");
  }

  private static void sheet(Writer w, XSheet sheet, boolean selected, List<String> units)
      throws IOException {
    int columns = Math.max(sheet.columns, 1);
    int rows = Math.max(sheet.rows.size(), 1);
    w.write(XML_HEAD);
    w.write("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><dimension ref=\"A1:");
    w.write(reference(columns - 1, rows - 1));
    w.write("\"/><sheetViews><sheetView workbookViewId=\"0\"");
    if (selected) {
      w.write(" tabSelected=\"1\"");
    }
    if (sheet.frozenRows > 0) {
      w.write("><pane ySplit=\"" + sheet.frozenRows + "\" topLeftCell=\""
          + reference(0, sheet.frozenRows) + "\" activePane=\"bottomLeft\" state=\"frozen\"/>"
          + "<selection pane=\"bottomLeft\"/></sheetView>");
    } else {
      w.write("/>");
    }
    w.write("</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
    if (sheet.columns > 0) {
      int[] widths = widths(sheet);
      w.write("<cols>");
      for (int c = 0; c < widths.length; c++) {
        w.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + widths[c]
            + "\" customWidth=\"1\"/>");
      }
      w.write("</cols>");
    }
    w.write("<sheetData>");
    char[] digits = new char[24];
    for (int r = 0; r < sheet.rows.size(); r++) {
      XCell[] row = sheet.rows.get(r);
      if (row.length == 0) {
        continue;
      }
      String rowNumber = Integer.toString(r + 1);
      w.write("<row r=\"");
      w.write(rowNumber);
      w.write("\">");
      for (int c = 0; c < row.length; c++) {
        XCell cell = row[c];
        if (cell == null) {
          continue;
        }
        w.write("<c r=\"");
        w.write(column(c));
        w.write(rowNumber);
        w.write("\" s=\"");
        w.write(Integer.toString(style(cell, units)));
        if (cell.kind == XCell.Kind.TEXT) {
          w.write("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
          text(w, cell.text);
          w.write("</t></is></c>");
          continue;
        }
        w.write("\">");
        if (cell.isSum()) {
          w.write("<f>SUM(");
          w.write(reference(c, cell.sumFrom));
          w.write(':');
          w.write(reference(c, cell.sumTo));
          w.write(")</f>");
        }
        w.write("<v>");
        switch (cell.kind) {
          case MONEY:
            cents(w, cell.number, digits);
            break;
          case PERCENT:
          case RATE:
          case NUMBER:
            w.write(cell.decimal.toPlainString());
            break;
          default:
            w.write(Long.toString(cell.number));
        }
        w.write("</v></c>");
      }
      w.write("</row>");
    }
    w.write("</sheetData></worksheet>\n");
  }

  /** Writes whole cents as a plain decimal number of euros: {@code -1234.05}. */
  private static void cents(Writer w, long cents, char[] buf) throws IOException {
    long abs = Math.abs(cents);
    int i = buf.length;
    buf[--i] = (char) ('0' + abs % 10);
    abs /= 10;
    buf[--i] = (char) ('0' + abs % 10);
    abs /= 10;
    buf[--i] = '.';
    do {
      buf[--i] = (char) ('0' + abs % 10);
      abs /= 10;
    } while (abs > 0);
    if (cents < 0) {
      buf[--i] = '-';
    }
    w.write(buf, i, buf.length - i);
  }

  /** The width of each column in characters: the widest cell plus a margin, within limits. */
  private static int[] widths(XSheet sheet) {
    int[] widths = new int[sheet.columns];
    for (XCell[] row : sheet.rows) {
      for (int c = 0; c < row.length; c++) {
        if (row[c] != null) {
          widths[c] = Math.max(widths[c], displayLength(row[c]));
        }
      }
    }
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.min(Math.max(widths[c] + 2, 8), MAX_WIDTH);
    }
    return widths;
  }

  /** About how many characters a cell shows, bold ones a tenth wider. */
  static int displayLength(XCell cell) {
    int length;
    switch (cell.kind) {
      case TEXT:
        length = cell.text.codePointCount(0, cell.text.length());
        break;
      case MONEY:
        int digits = Long.toString(Math.abs(cell.number)).length();
        int whole = Math.max(digits - 2, 1);
        length = 2 + whole + (whole - 1) / 3 + 3 + (cell.number < 0 ? 1 : 0);
        break;
      case COUNT:
        int n = Long.toString(Math.abs(cell.number)).length();
        length = n + (n - 1) / 3 + (cell.number < 0 ? 1 : 0);
        break;
      case PERCENT:
        length = cell.decimal.movePointRight(2).abs().toBigInteger().toString().length() + 4;
        break;
      case RATE:
        length = cell.decimal.toPlainString().length() + 2;
        break;
      case NUMBER:
        length = cell.decimal.toPlainString().length()
            + (cell.unit == null ? 0 : 1 + cell.unit.length());
        break;
      default:
        length = DATE_FORMAT.length();
    }
    return cell.bold ? length + (length + 9) / 10 : length;
  }

  /**
   * A cell reference such as {@code B7}.
   *
   * @param column the column, zero-based
   * @param row the row, zero-based
   * @return the reference
   */
  static String reference(int column, int row) {
    return column(column) + (row + 1);
  }

  /**
   * A column's letters: {@code A} for 0, {@code Z} for 25, {@code AA} for 26.
   *
   * @param column the column, zero-based, below 16384
   * @return the letters
   */
  static String column(int column) {
    if (column < 0 || column >= 16384) {
      throw new IllegalArgumentException("column " + column + ": expected 0 to 16383");
    }
    StringBuilder s = new StringBuilder(3);
    int c = column + 1;
    while (c > 0) {
      int rem = (c - 1) % 26;
      s.insert(0, (char) ('A' + rem));
      c = (c - 1) / 26;
    }
    return s.toString();
  }

  /**
   * Writes text as XML character data that a spreadsheet reads back as written: {@code & < > "}
   * as entities; characters XML cannot carry (controls other than tab and line feed, carriage
   * return, lone surrogates, U+FFFE and U+FFFF) as the Office escape {@code _xHHHH_}; and an
   * underscore that would start such an escape as {@code _x005F_}.
   *
   * @param w the writer
   * @param text the text
   * @throws IOException if the writer fails
   */
  static void text(Writer w, String text) throws IOException {
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      String replacement = null;
      if (c == '&') {
        replacement = "&amp;";
      } else if (c == '<') {
        replacement = "&lt;";
      } else if (c == '>') {
        replacement = "&gt;";
      } else if (c == '"') {
        replacement = "&quot;";
      } else if (c == '_' && looksLikeEscape(text, i)) {
        replacement = "_x005F_";
      } else if (c < 0x20 && c != '\t' && c != '\n' || c == '\r' || c == 0xFFFE || c == 0xFFFF) {
        replacement = escape(c);
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        replacement = escape(c);
      } else if (Character.isLowSurrogate(c)) {
        replacement = escape(c);
      }
      if (replacement != null) {
        w.write(text, start, i - start);
        w.write(replacement);
        start = i + 1;
      }
    }
    w.write(text, start, n - start);
  }

  private static boolean looksLikeEscape(String text, int at) {
    if (at + 6 >= text.length() || text.charAt(at + 1) != 'x' && text.charAt(at + 1) != 'X'
        || text.charAt(at + 6) != '_') {
      return false;
    }
    for (int i = at + 2; i < at + 6; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String escape(char c) {
    return String.format(Locale.ROOT, "_x%04X_", (int) c);
  }
}
