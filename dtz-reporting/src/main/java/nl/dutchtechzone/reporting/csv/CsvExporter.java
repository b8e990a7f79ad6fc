package nl.dutchtechzone.reporting.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.Settlement;
import nl.dutchtechzone.finance.contribution.SettlementLine;
import nl.dutchtechzone.reporting.document.Texts;
import nl.dutchtechzone.reporting.internal.Ids;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import nl.dutchtechzone.reporting.tracking.BudgetVariance;

/**
 * The {@code csv} format: every money fact of the document as one tidy table, one row per
 * amount, the shape a pivot table wants.
 *
 * <p>Columns: {@code year, section, flow, line, label, partner_code, partner_name, category,
 * phase, scope, amount}.
 *
 * <ul>
 *   <li>{@code section}: {@code contribution} (what each municipality owes), {@code
 *       settlement} (the estimate settled against the final statement, per municipality),
 *       {@code budget} (the plan's budget lines), {@code statement} (the report's financial
 *       statement) or {@code variance} (actual minus budget per category, from tracking);
 *   <li>{@code flow}: {@code carried-forward}, {@code income} or {@code spending};
 *   <li>{@code phase}: {@code planned} and {@code amended} for budget lines, {@code actual}
 *       for the statement; for contributions the stable id of the status of the municipality's
 *       inhabitant figure ({@code provisional}, {@code revised-provisional} or {@code final}, as
 *       in the JSON export and the dataset format); for a settlement three rows per
 *       municipality, {@code estimated}, {@code settled} and {@code difference} (settled minus
 *       estimated: positive means the municipality pays more); for a variance, the budget it is
 *       measured against ({@code planned} or {@code amended});
 *   <li>{@code scope}: {@code in-scope} or {@code out-of-scope}: out-of-scope budget lines are
 *       listed but excluded from the budget's totals;
 *   <li>{@code amount}: plain notation, {@code 289467.21} ({@code 289467,21} in the {@code
 *       excel-nl} dialect).
 * </ul>
 *
 * <p>Totals are not rows (a pivot table adds them up); the ids are stable, the labels follow
 * the locale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvExporter implements ReportExporter {

  static final List<String> HEADER = List.of("year", "section", "flow", "line", "label",
      "partner_code", "partner_name", "category", "phase", "scope", "amount");

  /** Creates the exporter; used by the service loader. */
  public CsvExporter() {}

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  @Override
  public String description() {
    return "Every money fact (contributions, budget, statement, variance) as one tidy CSV table";
  }

  @Override
  public void export(ExportContext context, OutputStream out) throws IOException {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    CsvTable table = CsvTable.start(context, out, HEADER);
    Locale locale = context.locale();
    if (context.contributions().isPresent()) {
      ContributionStatement statement = context.contributions().get();
      for (ContributionLine line : statement.lines()) {
        fact(table, statement.year(), "contribution", "income", line.partnerId(), line.name(),
            line.cbsCode().value(), line.name(), ContributionStatement.INCOME_CATEGORY,
            Ids.of(line.figureStatus()), true, line.amount());
      }
    }
    if (context.settlement().isPresent()) {
      writeSettlement(table, context.settlement().get(), context.programme());
    }
    if (context.plan().isPresent() && context.plan().get().budget().isPresent()) {
      writeBudget(table, context.plan().get().budget().get(), locale);
    }
    if (context.report().isPresent() && context.report().get().statement().isPresent()) {
      writeStatement(table, context.report().get().statement().get(), locale);
    }
    if (context.tracking().isPresent()) {
      for (BudgetVariance v : context.tracking().get().budget()) {
        if (v.variance().isPresent()) {
          fact(table, v.year(), "variance", "spending", v.categoryId(),
              v.categoryName().in(locale), null, null, v.categoryId(),
              v.amended().isPresent() ? "amended" : "planned", true, v.variance().get());
        }
      }
    }
    table.finish();
  }

  private static void writeBudget(CsvTable table, Budget budget, Locale locale)
      throws IOException {
    for (BudgetLine line : budget.lines()) {
      String flow = line.flow().name().toLowerCase(Locale.ROOT);
      String label = line.description().in(locale);
      fact(table, budget.year(), "budget", flow, line.id(), label, null, null,
          line.categoryId(), "planned", line.inScope(), line.planned());
      if (line.amended().isPresent()) {
        fact(table, budget.year(), "budget", flow, line.id(), label, null, null,
            line.categoryId(), "amended", line.inScope(), line.amended().get());
      }
    }
  }

  private static void writeSettlement(CsvTable table, Settlement settlement,
      Programme programme) throws IOException {
    for (SettlementLine line : settlement.lines()) {
      String code = programme.partner(line.partnerId()).flatMap(Partner::cbsCode)
          .map(MunicipalityCode::value).orElse(null);
      fact(table, settlement.year(), "settlement", "income", line.partnerId(), line.name(), code,
          line.name(), ContributionStatement.INCOME_CATEGORY, "estimated", true,
          line.estimated());
      fact(table, settlement.year(), "settlement", "income", line.partnerId(), line.name(), code,
          line.name(), ContributionStatement.INCOME_CATEGORY, "settled", true, line.settled());
      fact(table, settlement.year(), "settlement", "income", line.partnerId(), line.name(), code,
          line.name(), ContributionStatement.INCOME_CATEGORY, "difference", true,
          line.difference());
    }
  }

  private static void writeStatement(CsvTable table, FinancialStatement statement,
      Locale locale) throws IOException {
    fact(table, statement.year(), "statement", "carried-forward", "carried-forward",
        Texts.of(locale).get("carried-forward-from", Integer.toString(statement.year() - 1)),
        null, null, null, "actual", true, statement.carriedForward());
    for (StatementLine line : statement.income()) {
      fact(table, statement.year(), "statement", "income", line.id(),
          line.label().in(locale), null, null, line.categoryId().orElse(null), "actual",
          true, line.amount());
    }
    for (StatementLine line : statement.spending()) {
      fact(table, statement.year(), "statement", "spending", line.id(),
          line.label().in(locale), null, null, line.categoryId().orElse(null), "actual",
          true, line.amount());
    }
  }

  private static void fact(CsvTable table, int year, String section, String flow, String line,
      String label, String partnerCode, String partnerName, String category, String phase,
      boolean inScope, Money amount) throws IOException {
    table.number(year).text(section).text(flow).text(line).text(label).text(partnerCode)
        .text(partnerName).text(category).text(phase)
        .text(inScope ? "in-scope" : "out-of-scope").money(amount);
    table.endRow();
  }
}
