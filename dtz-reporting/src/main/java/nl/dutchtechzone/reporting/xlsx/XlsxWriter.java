package nl.dutchtechzone.reporting.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes sheets as an Office Open XML workbook ({@code .xlsx}) onto a stream.
 *
 * <p>What a spreadsheet program reads: text as string cells ({@code t="s"}, an index into the
 * shared strings), so that no text is ever a formula; money, counts, percentages and dates as numbers with a number
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
    XmlSink w = new XmlSink(zip);

    entry(zip, w, "[Content_Types].xml");
    w.raw(XML_HEAD);
    w.raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" "
        + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
    for (int i = 1; i <= sheets.size(); i++) {
      w.raw("<Override PartName=\"/xl/worksheets/sheet" + i + ".xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    w.raw("<Override PartName=\"/docProps/core.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>\n");

    entry(zip, w, "_rels/.rels");
    w.raw(XML_HEAD);
    w.raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" "
        + "Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
        + "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"" + REL + "/extended-properties\" "
        + "Target=\"docProps/app.xml\"/></Relationships>\n");

    entry(zip, w, "docProps/core.xml");
    w.raw(XML_HEAD);
    w.raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
        + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<dc:title>");
    w.text(title);
    w.raw("</dc:title><dc:creator>dtz</dc:creator><dc:language>");
    w.raw(language.toLanguageTag());
    w.raw("</dc:language></cp:coreProperties>\n");

    entry(zip, w, "docProps/app.xml");
    w.raw(XML_HEAD);
    w.raw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "extended-properties\"><Application>dtz</Application></Properties>\n");

    entry(zip, w, "xl/workbook.xml");
    w.raw(XML_HEAD);
    w.raw("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><bookViews>"
        + "<workbookView activeTab=\"0\"/></bookViews><sheets>");
    for (int i = 1; i <= sheets.size(); i++) {
      w.raw("<sheet name=\"");
      w.text(sheets.get(i - 1).name);
      w.raw("\" sheetId=\"" + i + "\" r:id=\"rId" + i + "\"/>");
    }
    w.raw("</sheets></workbook>\n");

    entry(zip, w, "xl/_rels/workbook.xml.rels");
    w.raw(XML_HEAD);
    w.raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 1; i <= sheets.size(); i++) {
      w.raw("<Relationship Id=\"rId" + i + "\" Type=\"" + REL + "/worksheet\" "
          + "Target=\"worksheets/sheet" + i + ".xml\"/>");
    }
    w.raw("<Relationship Id=\"rId" + (sheets.size() + 1) + "\" Type=\"" + REL + "/styles\" "
        + "Target=\"styles.xml\"/><Relationship Id=\"rId" + (sheets.size() + 2) + "\" Type=\""
        + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>\n");

    entry(zip, w, "xl/styles.xml");
    List<String> units = units(sheets);
    styles(w, units);

    Strings strings = new Strings();
    for (int i = 0; i < sheets.size(); i++) {
      entry(zip, w, "xl/worksheets/sheet" + (i + 1) + ".xml");
      sheet(w, sheets.get(i), i == 0, units, strings);
    }

    entry(zip, w, "xl/sharedStrings.xml");
    w.raw(XML_HEAD);
    w.raw("<sst xmlns=\"" + MAIN + "\" count=\"").number(strings.count).raw("\" uniqueCount=\"")
        .number(strings.order.size()).raw("\">");
    for (String text : strings.order) {
      w.raw("<si><t xml:space=\"preserve\">").text(text).raw("</t></si>");
    }
    w.raw("</sst>\n");
    w.flush();
    zip.closeEntry();
    zip.finish();
    zip.flush();
  }

  private static void entry(ZipOutputStream zip, XmlSink w, String name) throws IOException {
    w.flush();
    if (!name.equals("[Content_Types].xml")) {
      zip.closeEntry();
    }
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
  }

  /** The number of cell kinds. */
  private static final int KINDS = XCell.Kind.values().length;

  /**
   * The style index of a cell: two per kind, plain and bold, in the order of {@link
   * XCell.Kind}.
   */
  private static int style(XCell cell, List<String> units) {
    if (cell.unit != null) {
      return KINDS * 2 + units.indexOf(cell.unit) * 2 + (cell.bold ? 1 : 0);
    }
    return cell.kind.ordinal() * 2 + (cell.bold ? 1 : 0);
  }

  /** The units of all NUMBER cells, in the order they first occur: one number format each. */
  private static List<String> units(List<XSheet> sheets) {
    Set<String> units = new LinkedHashSet<>();
    for (XSheet sheet : sheets) {
      units.addAll(sheet.units);
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

  private static void numFmt(XmlSink w, int id, String code) throws IOException {
    w.raw("<numFmt numFmtId=\"").number(id).raw("\" formatCode=\"").text(code).raw("\"/>");
  }

  private static void styles(XmlSink w, List<String> units) throws IOException {
    w.raw(XML_HEAD);
    w.raw("<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"" + (4 + units.size()) + "\">");
    numFmt(w, FMT_EURO, EURO_FORMAT);
    numFmt(w, FMT_PERCENT, PERCENT_FORMAT);
    numFmt(w, FMT_DATE, DATE_FORMAT);
    numFmt(w, FMT_RATE, RATE_FORMAT);
    for (int u = 0; u < units.size(); u++) {
      numFmt(w, FMT_UNIT + u, unitFormat(units.get(u)));
    }
    w.raw("</numFmts><fonts count=\"2\">"
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
    w.raw("<cellXfs count=\"" + formats.length * 2 + "\">");
    for (int format : formats) {
      for (int font = 0; font < 2; font++) {
        w.raw("<xf numFmtId=\"" + format + "\" fontId=\"" + font
            + "\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
            + (format != 0 ? " applyNumberFormat=\"1\"" : "")
            + (font != 0 ? " applyFont=\"1\"" : "") + "/>");
      }
    }
    w.raw("</cellXfs><cellStyles count=\"1\">"
        + "<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>\n");
  }

  /**
   * The shared strings: each distinct text once, numbered in the order it first occurs, so that
   * a repeated name or label costs a number per cell.
   */
  private static final class Strings {
    final Map<String, Integer> index = new HashMap<>();
    final List<String> order = new ArrayList<>();
    long count;

    int of(String text) {
      count++;
      Integer i = index.get(text);
      if (i == null) {
        i = order.size();
        index.put(text, i);
        order.add(text);
      }
      return i;
    }
  }

  /** The style attribute of each style index (with the closing quote of the reference). */
  private static byte[][] styleAttributes(int styles) {
    byte[][] attributes = new byte[styles][];
    for (int i = 0; i < styles; i++) {
      attributes[i] = XmlSink.ascii(i == 0 ? "\"" : "\" s=\"" + i + "\"");
    }
    return attributes;
  }

  // The markup of rows and cells, as bytes made once.
  private static final byte[] ROW_OPEN = XmlSink.ascii("<row r=\"");
  private static final byte[] TAG_END = XmlSink.ascii("\">");
  private static final byte[] ROW_CLOSE = XmlSink.ascii("</row>");
  private static final byte[] CELL_OPEN = XmlSink.ascii("<c r=\"");
  private static final byte[] STRING_VALUE = XmlSink.ascii(" t=\"s\"><v>");
  private static final byte[] VALUE_OPEN = XmlSink.ascii("<v>");
  private static final byte[] VALUE_CLOSE = XmlSink.ascii("</v></c>");
  private static final byte[] SUM_OPEN = XmlSink.ascii("<f>SUM(");
  private static final byte[] SUM_CLOSE = XmlSink.ascii(")</f>");

  private static void sheet(XmlSink w, XSheet sheet, boolean selected, List<String> units,
      Strings strings) throws IOException {
    byte[][] styleAttributes = styleAttributes((XCell.Kind.values().length + units.size()) * 2);
    int columns = Math.max(sheet.columns, 1);
    int rows = Math.max(sheet.rows.size(), 1);
    w.raw(XML_HEAD);
    w.raw("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><dimension ref=\"A1:");
    w.raw(reference(columns - 1, rows - 1));
    w.raw("\"/><sheetViews><sheetView workbookViewId=\"0\"");
    if (selected) {
      w.raw(" tabSelected=\"1\"");
    }
    if (sheet.frozenRows > 0) {
      w.raw("><pane ySplit=\"" + sheet.frozenRows + "\" topLeftCell=\""
          + reference(0, sheet.frozenRows) + "\" activePane=\"bottomLeft\" state=\"frozen\"/>"
          + "<selection pane=\"bottomLeft\"/></sheetView>");
    } else {
      w.raw("/>");
    }
    w.raw("</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
    if (sheet.columns > 0) {
      int[] widths = widths(sheet);
      w.raw("<cols>");
      for (int c = 0; c < widths.length; c++) {
        w.raw("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + widths[c]
            + "\" customWidth=\"1\"/>");
      }
      w.raw("</cols>");
    }
    w.raw("<sheetData>");
    for (int r = 0; r < sheet.rows.size(); r++) {
      XCell[] row = sheet.rows.get(r);
      if (row.length == 0) {
        continue;
      }
      int rowNumber = r + 1;
      w.raw(ROW_OPEN).number(rowNumber).raw(TAG_END);
      for (int c = 0; c < row.length; c++) {
        XCell cell = row[c];
        if (cell == null) {
          continue;
        }
        byte[] column = columnBytes(c);
        w.raw(CELL_OPEN).raw(column).number(rowNumber).raw(styleAttributes[style(cell, units)]);
        if (cell.kind == XCell.Kind.TEXT) {
          w.raw(STRING_VALUE).number(strings.of(cell.text)).raw(VALUE_CLOSE);
          continue;
        }
        w.raw('>');
        if (cell.isSum()) {
          w.raw(SUM_OPEN).raw(column).number(cell.sumFrom + 1).raw(':').raw(column)
              .number(cell.sumTo + 1).raw(SUM_CLOSE);
        }
        w.raw(VALUE_OPEN);
        switch (cell.kind) {
          case MONEY:
            w.cents(cell.number);
            break;
          case PERCENT:
          case RATE:
          case NUMBER:
            w.raw(cell.decimal.toPlainString());
            break;
          default:
            w.number(cell.number);
        }
        w.raw(VALUE_CLOSE);
      }
      w.raw(ROW_CLOSE);
    }
    w.raw("</sheetData></worksheet>\n");
  }

  /** The width of each column in characters: the widest cell plus a margin, within limits. */
  private static int[] widths(XSheet sheet) {
    int[] widths = sheet.widest();
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
        int whole = digits(Math.abs(cell.number / 100));
        length = 2 + whole + (whole - 1) / 3 + 3 + (cell.number < 0 ? 1 : 0);
        break;
      case COUNT:
        int n = digits(Math.abs(cell.number));
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

  /** The number of decimal digits of a non-negative number (1 for 0). */
  private static int digits(long value) {
    int digits = 1;
    for (long v = value; v >= 10; v /= 10) {
      digits++;
    }
    return digits;
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
    if (column >= 0 && column < COLUMNS.length) {
      return COLUMNS[column];
    }
    return letters(column);
  }

  /** The letters of the first columns, made once, as strings and as bytes. */
  private static final String[] COLUMNS = new String[64];
  private static final byte[][] COLUMN_BYTES = new byte[COLUMNS.length][];

  static {
    for (int c = 0; c < COLUMNS.length; c++) {
      COLUMNS[c] = letters(c);
      COLUMN_BYTES[c] = XmlSink.ascii(COLUMNS[c]);
    }
  }

  private static byte[] columnBytes(int column) {
    if (column >= 0 && column < COLUMN_BYTES.length) {
      return COLUMN_BYTES[column];
    }
    return XmlSink.ascii(letters(column));
  }

  private static String letters(int column) {
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

}
