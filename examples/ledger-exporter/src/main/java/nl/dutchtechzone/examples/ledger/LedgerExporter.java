package nl.dutchtechzone.examples.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.language.Languages;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ExportOptions;
import nl.dutchtechzone.reporting.spi.ReportExporter;

/**
 * The {@code ledger} format: the booking lines a municipality enters in its ledger for its
 * contribution to the programme, one CSV row per paying municipality, in the order of their CBS
 * codes.
 *
 * <p>Dutch municipalities book and report per Iv3 <em>taakveld</em> (task field) and economic
 * category. A contribution to a regional economic programme is booked under taakveld {@value
 * #TAAKVELD} "{@value #TAAKVELD_NAME}", as an expense (<em>lasten</em>). Each row holds:
 *
 * <pre>
 * year, taakveld, taakveld_name, economic_category, economic_category_name, side,
 * partner_code, partner_name, amount, status, figure_status, reference_date, inhabitants,
 * rate, source, description
 * </pre>
 *
 * <ul>
 *   <li>{@code economic_category}: the option {@value #ECONOMIC_CATEGORY} (with {@value
 *       #ECONOMIC_CATEGORY_NAME}); by default {@value #DEFAULT_ECONOMIC_CATEGORY} "{@value
 *       #DEFAULT_ECONOMIC_CATEGORY_NAME}", the Iv3 group for transfers without a direct
 *       counter-performance. Set the sub-category your chart of accounts uses for the receiving
 *       party.
 *   <li>{@code partner_code}: the CBS municipality code, such as {@code GM0114}; the option
 *       {@value #PARTNER} keeps only that municipality's row, the booking line of one ledger.
 *   <li>{@code amount}: plain notation, {@code 107024.00}; {@code status}: {@code estimate} or
 *       {@code final}, as the contribution statement is; {@code figure_status}: the stable id of
 *       the status of the municipality's inhabitant figure, {@code provisional}, {@code
 *       revised-provisional} or {@code final}, as in dtz's JSON and CSV exports; the figure's
 *       reference date, count, the rate and the figure's source (in the export's language)
 *       make the line explainable.
 *   <li>{@code description}: one line of text in the export's language, from this plugin's
 *       bundles {@code nl/dutchtechzone/examples/ledger/descriptions*.properties} (English, the
 *       root, and Dutch), chosen by dtz's public language rule ({@code
 *       nl.dutchtechzone.core.language.Languages#bundle}): a language without a bundle, or a key
 *       its bundle lacks, is English. Adding a language is adding one file.
 * </ul>
 *
 * <p>The file is RFC 4180 CSV: UTF-8, {@code ,} between fields, {@code \r\n} line ends, fields
 * quoted where needed. Text cells that a spreadsheet would run as a formula are neutralised with
 * a leading apostrophe; numbers are never altered. Without a contribution statement in the
 * context the file holds the header only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LedgerExporter implements ReportExporter {

  /** The format id: {@value}. */
  public static final String FORMAT = "ledger";

  /** The Iv3 taakveld of a contribution to a regional economic programme: {@value}. */
  public static final String TAAKVELD = "3.1";

  /** The name of taakveld {@value #TAAKVELD}: {@value}. */
  public static final String TAAKVELD_NAME = "Economische ontwikkeling";

  /** The economic category used when the option is not set: {@value}. */
  public static final String DEFAULT_ECONOMIC_CATEGORY = "4.3";

  /** The name of {@link #DEFAULT_ECONOMIC_CATEGORY}: {@value}. */
  public static final String DEFAULT_ECONOMIC_CATEGORY_NAME = "Inkomensoverdrachten";

  /**
   * Option: the CBS code of the municipality whose booking line to write, such as {@code
   * GM0114}; all municipalities when not set.
   */
  public static final String PARTNER = "ledger.partner";

  /**
   * Option: the Iv3 economic category code to book under, digits separated by dots such as
   * {@code 4.3.1}; {@value #DEFAULT_ECONOMIC_CATEGORY} when not set.
   */
  public static final String ECONOMIC_CATEGORY = "ledger.economic-category";

  /**
   * Option: the name of the economic category set with {@value #ECONOMIC_CATEGORY}; required
   * when that option is set, so that a code never travels with the wrong name.
   */
  public static final String ECONOMIC_CATEGORY_NAME = "ledger.economic-category-name";

  static final List<String> HEADER = List.of("year", "taakveld", "taakveld_name",
      "economic_category", "economic_category_name", "side", "partner_code", "partner_name",
      "amount", "status", "figure_status", "reference_date", "inhabitants", "rate", "source",
      "description");

  /** The bundles of the description column. */
  private static final String DESCRIPTIONS = "nl.dutchtechzone.examples.ledger.descriptions";

  private static final Pattern CATEGORY = Pattern.compile("[0-9]{1,2}(\\.[0-9]{1,2}){0,3}");
  private static final Pattern FORMULA_START =
      Pattern.compile("^[=+\\-@\\t\\r\\n\\u0000\\uFF1D\\uFF0B\\uFF0D\\uFF20]");

  /** Creates the exporter; used by the service loader. */
  public LedgerExporter() {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String mediaType() {
    return "text/csv; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "ledger.csv";
  }

  @Override
  public String description() {
    return "Booking lines of the contributions for a municipality's ledger (Iv3 taakveld 3.1)";
  }

  /**
   * Writes the booking lines of the context's contribution statement.
   *
   * @param context the document, not null
   * @param out where to write, not null; flushed, not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if {@value #PARTNER} names no municipality of the
   *     statement, {@value #ECONOMIC_CATEGORY} is not a category code, or it is set without
   *     {@value #ECONOMIC_CATEGORY_NAME} (or the other way round)
   */
  @Override
  public void export(ExportContext context, OutputStream out) throws IOException {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(out, "out");
    List<List<String>> rows = rows(context);
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writeRow(writer, HEADER);
    for (List<String> row : rows) {
      writeRow(writer, row);
    }
    writer.flush();
  }

  /** The data rows, options checked before anything is written. */
  static List<List<String>> rows(ExportContext context) {
    ExportOptions options = context.options();
    String[] category = category(options);
    Optional<String> partner = options.get(PARTNER).map(String::strip);
    Optional<ContributionStatement> statement = context.contributions();
    if (statement.isEmpty()) {
      return List.of();
    }
    List<ContributionLine> lines = statement.get().lines().stream()
        .sorted(Comparator.comparing(l -> l.cbsCode().toString()))
        .collect(Collectors.toList());
    if (partner.isPresent()) {
      String code = partner.get();
      List<ContributionLine> chosen = lines.stream()
          .filter(l -> l.cbsCode().toString().equalsIgnoreCase(code))
          .collect(Collectors.toList());
      if (chosen.isEmpty()) {
        throw new IllegalArgumentException("export option '" + PARTNER + "' is '" + code
            + "', but the contributions of " + statement.get().year()
            + " have no municipality with that CBS code; expected one of "
            + lines.stream().map(l -> l.cbsCode().toString()).sorted()
                .collect(Collectors.joining(", ")));
      }
      lines = chosen;
    }
    // The words of the context's language by dtz's one language rule: the bundle of the
    // language where this plugin has one, English for every other language and missing key.
    ResourceBundle words = Languages.bundle(DESCRIPTIONS, context.locale(),
        (name, locale) -> ResourceBundle.getBundle(name, locale));
    List<List<String>> rows = new ArrayList<>();
    for (ContributionLine l : lines) {
      rows.add(List.of(
          Integer.toString(statement.get().year()),
          TAAKVELD,
          TAAKVELD_NAME,
          category[0],
          category[1],
          "lasten",
          l.cbsCode().toString(),
          text(l.name()),
          l.amount().toPlainString(),
          statement.get().status() == BudgetStatus.FINAL ? "final" : "estimate",
          figureStatusId(l.figureStatus()),
          l.referenceDate().toString(),
          Long.toString(l.inhabitants()),
          l.rate().toPlainString(),
          text(l.figureSource(context.locale())),
          text(description(context, statement.get(), l, words))));
    }
    return rows;
  }

  private static String[] category(ExportOptions options) {
    Optional<String> code = options.get(ECONOMIC_CATEGORY).map(String::strip);
    Optional<String> name = options.get(ECONOMIC_CATEGORY_NAME).map(String::strip);
    if (code.isEmpty() && name.isEmpty()) {
      return new String[] {DEFAULT_ECONOMIC_CATEGORY, DEFAULT_ECONOMIC_CATEGORY_NAME};
    }
    if (code.isEmpty() || name.isEmpty() || name.get().isEmpty()) {
      throw new IllegalArgumentException("export options '" + ECONOMIC_CATEGORY + "' and '"
          + ECONOMIC_CATEGORY_NAME + "' go together; got code " + code.map(c -> "'" + c + "'")
              .orElse("(not set)") + " and name " + name.map(n -> "'" + n + "'")
              .orElse("(not set)"));
    }
    if (!CATEGORY.matcher(code.get()).matches()) {
      throw new IllegalArgumentException("export option '" + ECONOMIC_CATEGORY + "' must be an"
          + " Iv3 category code such as 4.3.1, got '" + code.get() + "'");
    }
    return new String[] {code.get(), text(name.get())};
  }

  private static String description(ExportContext context, ContributionStatement statement,
      ContributionLine line, ResourceBundle words) {
    String programme = context.programme().name();
    char grouping = separator(words, "number.grouping");
    char decimal = separator(words, "number.decimal");
    String count = grouped(line.inhabitants(), grouping);
    // The Dutch notation's separators, '.' grouping and ',' decimal, replaced by the language's.
    String dutchRate = Money.of(line.rate(), RoundingMode.HALF_UP).toDutchString();
    StringBuilder rate = new StringBuilder(dutchRate.length());
    for (char c : dutchRate.toCharArray()) {
      rate.append(c == '.' ? grouping : c == ',' ? decimal : c);
    }
    return String.format(Locale.ROOT, words.getString("description"), programme,
        Integer.toString(statement.year()), count, rate.toString(),
        line.referenceDate().toString(),
        words.getString("FigureStatus." + line.figureStatus().name()));
  }

  /** A one-character separator of the bundle of descriptions. */
  private static char separator(ResourceBundle words, String key) {
    String value = words.getString(key);
    if (value.length() != 1) {
      throw new IllegalStateException("the ledger's bundle " + DESCRIPTIONS + " for '"
          + words.getLocale().toLanguageTag() + "' must give " + key + " as one character, got '"
          + value + "'");
    }
    return value.charAt(0);
  }

  /** The stable id of a figure status: {@code revised-provisional} for REVISED_PROVISIONAL. */
  static String figureStatusId(FigureStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String grouped(long n, char separator) {
    String plain = Long.toString(n);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      if (i > 0 && plain.charAt(i - 1) != '-' && (plain.length() - i) % 3 == 0) {
        out.append(separator);
      }
      out.append(plain.charAt(i));
    }
    return out.toString();
  }

  /** A text cell, neutralised if a spreadsheet would read it as a formula. */
  private static String text(String value) {
    return FORMULA_START.matcher(value).find() ? "'" + value : value;
  }

  private static void writeRow(Writer writer, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(quoted(cells.get(i)));
    }
    writer.write("\r\n");
  }

  private static String quoted(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\r') < 0
        && cell.indexOf('\n') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  @Override
  public String toString() {
    return "LedgerExporter[" + FORMAT + "]";
  }
}
