package nl.dutchtechzone.reporting.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.reporting.internal.Fmt;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ExportOptions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes one CSV table: the header, then rows of text and number cells, in the dialect the
 * options choose, neutralising text cells that a spreadsheet would run as formulas.
 */
final class CsvTable {

  private final CSVPrinter printer;
  private final Writer writer;
  private final CsvDialect dialect;
  private final boolean neutralise;
  private final List<String> row = new ArrayList<>();

  private CsvTable(Writer writer, CsvDialect dialect, boolean neutralise, List<String> header)
      throws IOException {
    this.writer = writer;
    this.dialect = dialect;
    this.neutralise = neutralise;
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setDelimiter(dialect.delimiter)
        .setRecordSeparator("\r\n")
        .get();
    this.printer = new CSVPrinter(writer, format);
    if (dialect.byteOrderMark) {
      writer.write('\uFEFF');
    }
    printer.printRecord(header);
  }

  /**
   * Starts a table on a stream, which stays open.
   *
   * @throws IllegalArgumentException if a CSV option has an invalid value
   */
  static CsvTable start(ExportContext context, OutputStream out, List<String> header)
      throws IOException {
    ExportOptions options = context.options();
    CsvDialect dialect =
        options.getChoice(ExportOptions.CSV_DIALECT, CsvDialect.class, CsvDialect.RFC4180);
    boolean neutralise = options.getBoolean(ExportOptions.CSV_NEUTRALISE_FORMULAS, true);
    // Buffered: the printer writes cell by cell, and each write to an unbuffered
    // OutputStreamWriter copies the text into new arrays before encoding it.
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    return new CsvTable(writer, dialect, neutralise, header);
  }

  /** Adds a text cell; null writes an empty cell. */
  CsvTable text(@Nullable String value) {
    row.add(value == null ? "" : neutralise ? neutralise(value) : value);
    return this;
  }

  /** Adds a number cell, written plainly and never neutralised. */
  CsvTable number(@Nullable BigDecimal value) {
    row.add(value == null ? "" : Fmt.plain(value, dialect.decimalComma));
    return this;
  }

  /** Adds an amount cell: plain notation with two decimals. */
  CsvTable money(@Nullable Money value) {
    return number(value == null ? null : value.amount());
  }

  /** Adds a whole-number cell. */
  CsvTable number(long value) {
    row.add(Long.toString(value));
    return this;
  }

  /** Ends the current row. */
  void endRow() throws IOException {
    printer.printRecord(row);
    row.clear();
  }

  /** Flushes everything written, leaving the stream open. */
  void finish() throws IOException {
    printer.flush();
    writer.flush();
  }

  /**
   * Puts an apostrophe in front of a text that a spreadsheet would read as a formula or a
   * command: one that starts with {@code = + - @}, tab, CR, LF or NUL, or with the full-width
   * {@code ＝ ＋ － ＠}.
   */
  static String neutralise(String value) {
    if (value.isEmpty()) {
      return value;
    }
    switch (value.charAt(0)) {
      case '=':
      case '+':
      case '-':
      case '@':
      case '\t':
      case '\r':
      case '\n':
      case '\0':
      case '\uFF1D':
      case '\uFF0B':
      case '\uFF0D':
      case '\uFF20':
        return "'" + value;
      default:
        return value;
    }
  }
}
