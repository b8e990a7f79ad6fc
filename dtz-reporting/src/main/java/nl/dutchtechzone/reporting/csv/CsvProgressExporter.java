package nl.dutchtechzone.reporting.csv;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.reporting.internal.Ids;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import nl.dutchtechzone.reporting.tracking.PlanTracking;
import nl.dutchtechzone.reporting.tracking.TargetResult;
import nl.dutchtechzone.reporting.tracking.ThemeSummary;
import nl.dutchtechzone.reporting.tracking.TrackedAction;

/**
 * The {@code csv-progress} format: one row per planned action, with its status, how much
 * evidence the report gives, and its target against the actual.
 *
 * <p>Columns: {@code year, theme_id, theme, action_id, action, status, evidence_count,
 * target_indicator, target, unit, actual, achieved_percent}. The status is a stable id ({@code
 * done}, {@code in-progress}, {@code not-started}, {@code dropped}, {@code carried-over}, {@code
 * no-evidence}).
 *
 * <p>The rows come from the tracking report, every tracked plan in turn. Without a tracking
 * report, the plan's actions are listed with their targets and the status, evidence and actual
 * columns left empty: the library does not guess a status.
 *
 * <p>The file extension is {@code progress.csv}, so that the file does not take the name of the
 * {@code csv} export.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvProgressExporter implements ReportExporter {

  static final List<String> HEADER = List.of("year", "theme_id", "theme", "action_id", "action",
      "status", "evidence_count", "target_indicator", "target", "unit", "actual",
      "achieved_percent");

  /** Creates the exporter; used by the service loader. */
  public CsvProgressExporter() {}

  @Override
  public String format() {
    return "csv-progress";
  }

  @Override
  public String mediaType() {
    return "text/csv; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "progress.csv";
  }

  @Override
  public String description() {
    return "Plan progress: one CSV row per action point with status, evidence and target";
  }

  @Override
  public void export(ExportContext context, OutputStream out) throws IOException {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    CsvTable table = CsvTable.start(context, out, HEADER);
    Locale locale = context.locale();
    if (context.tracking().isPresent()) {
      for (PlanTracking plan : context.tracking().get().plans()) {
        for (TrackedAction action : plan.actions()) {
          String theme = plan.themes().stream()
              .filter(t -> t.themeId().equals(action.themeId()))
              .findFirst().map(ThemeSummary::title).map(t -> t.in(locale)).orElse(null);
          table.number(action.year()).text(action.themeId()).text(theme)
              .text(action.actionId()).text(action.text().in(locale))
              .text(statusId(action.status()))
              .number(action.evidence().size());
          target(table, action.target());
          table.endRow();
        }
      }
    } else if (context.plan().isPresent()) {
      AnnualPlan plan = context.plan().get();
      for (InvestmentTheme theme : plan.themes()) {
        for (ActionPoint action : theme.actions()) {
          table.number(plan.year()).text(theme.id()).text(theme.title().in(locale))
              .text(action.id()).text(action.text().in(locale)).text(null).text(null);
          if (action.target().isPresent()) {
            table.text(action.target().get().indicatorId())
                .number(action.target().get().value())
                .text(action.target().get().unit()).text(null).text(null);
          } else {
            table.text(null).text(null).text(null).text(null).text(null);
          }
          table.endRow();
        }
      }
    }
    table.finish();
  }

  private static void target(CsvTable table, Optional<TargetResult> target) {
    if (target.isEmpty()) {
      table.text(null).text(null).text(null).text(null).text(null);
      return;
    }
    TargetResult t = target.get();
    table.text(t.indicatorId()).number(t.target()).text(t.unit())
        .number(t.actual().orElse(null)).number(t.achievedPercent().orElse(null));
  }

  static String statusId(Enum<?> status) {
    return Ids.of(status);
  }
}
