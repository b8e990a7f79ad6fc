package nl.dutchtechzone.reporting.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;

/**
 * The built-in {@code json} exporter: the export document of a programme year as one JSON object
 * with a documented, stable structure ({@code docs/json-export.md}).
 *
 * <p>The document starts with {@code "dtzExport": 1}, the version of its structure, followed by
 * the format, the year and the locale, then the programme, and then the plan, the report, the
 * plan-to-report tracking, the contribution statement, the settlement, the validation result and
 * the cover letter where the context holds them (absent parts are left out, never invented). The
 * programme, plan, report and cover letter have exactly the shape they have in the dataset format
 * ({@code docs/dataset-format.md}); a report with a financial statement is followed by
 * {@code statementTotals}, the sums derived from it. Fields come in a fixed order, amounts are
 * strings in plain notation such as {@code "289467.21"} so that no floating-point number ever
 * touches money, text is UTF-8, lines end in {@code \n}: the same context gives the same bytes
 * under any default locale or time zone. Both languages of every text are written; the locale
 * is recorded for consumers that pick one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonExporter implements ReportExporter {

  /** The format id: {@value}. */
  public static final String FORMAT = "json";

  /** The version of the export document structure, the value of {@code "dtzExport"}: {@value}. */
  public static final int DOCUMENT_VERSION = 1;

  /** Creates the exporter; it holds no state. */
  public JsonExporter() {}

  /**
   * The format id.
   *
   * @return {@code json}
   */
  @Override
  public String format() {
    return FORMAT;
  }

  /**
   * The media type; JSON is always UTF-8, so it takes no charset parameter.
   *
   * @return {@code application/json}
   */
  @Override
  public String mediaType() {
    return "application/json";
  }

  /**
   * The file name extension.
   *
   * @return {@code json}
   */
  @Override
  public String fileExtension() {
    return "json";
  }

  /**
   * A one-line description for listings.
   *
   * @return the description
   */
  @Override
  public String description() {
    return "JSON export document with a stable structure; amounts as strings";
  }

  /**
   * Writes the export document of the context's programme year. Flushes but does not close the
   * stream.
   *
   * @param context the document, not null
   * @param out where to write, not null; left open
   * @throws IOException if writing fails
   */
  @Override
  public void export(ExportContext context, OutputStream out) throws IOException {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    try (JsonGenerator g = JsonSupport.generator(out)) {
      DatasetWriter w = new DatasetWriter(g);
      g.writeStartObject();
      g.writeNumberField("dtzExport", DOCUMENT_VERSION);
      g.writeStringField("format", FORMAT);
      g.writeNumberField("year", context.year());
      g.writeStringField("locale", context.locale().toLanguageTag());
      g.writeFieldName("programme");
      w.programme(context.programme());
      if (context.plan().isPresent()) {
        g.writeFieldName("plan");
        w.plan(context.plan().get());
      }
      if (context.report().isPresent()) {
        g.writeFieldName("report");
        w.report(context.report().get());
        if (context.report().get().statement().isPresent()) {
          statementTotals(g, context.report().get().statement().get());
        }
      }
      if (context.tracking().isPresent()) {
        g.writeFieldName("tracking");
        new TrackingJsonWriter(g).tracking(context.tracking().get());
      }
      if (context.contributions().isPresent()) {
        g.writeFieldName("contributions");
        new FinanceJsonWriter(g).contributions(context.contributions().get());
      }
      if (context.settlement().isPresent()) {
        g.writeFieldName("settlement");
        new FinanceJsonWriter(g).settlement(context.settlement().get());
      }
      if (context.validation().isPresent()) {
        g.writeFieldName("validation");
        new FinanceJsonWriter(g).validation(context.validation().get());
      }
      if (context.coverLetter().isPresent()) {
        g.writeFieldName("coverLetter");
        w.coverLetter(context.coverLetter().get());
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
  }

  /** The sums of a statement, derived exactly in cents. */
  private static void statementTotals(JsonGenerator g, FinancialStatement s) throws IOException {
    Money income = s.incomeSum();
    Money spending = s.spendingSum();
    g.writeObjectFieldStart("statementTotals");
    g.writeStringField("carriedForward", JsonSupport.amount(s.carriedForward()));
    g.writeStringField("income", JsonSupport.amount(income));
    g.writeStringField("spending", JsonSupport.amount(spending));
    g.writeStringField("closingBalance",
        JsonSupport.amount(s.carriedForward().plus(income).minus(spending)));
    g.writeStringField("statedSpendingTotal", JsonSupport.amount(s.statedSpendingTotal()));
    // Actual minus expected, as every difference in dtz (Violation#difference, DTZ-F002).
    g.writeStringField("spendingDifference",
        JsonSupport.amount(spending.minus(s.statedSpendingTotal())));
    g.writeEndObject();
  }
}
