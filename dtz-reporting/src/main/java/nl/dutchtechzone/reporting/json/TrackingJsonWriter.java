package nl.dutchtechzone.reporting.json;

import static nl.dutchtechzone.reporting.json.JsonSupport.amount;
import static nl.dutchtechzone.reporting.json.JsonSupport.constant;
import static nl.dutchtechzone.reporting.json.JsonSupport.decimal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.dutchtechzone.reporting.tracking.ActionRef;
import nl.dutchtechzone.reporting.tracking.ActionStatus;
import nl.dutchtechzone.reporting.tracking.AimCoverage;
import nl.dutchtechzone.reporting.tracking.BudgetVariance;
import nl.dutchtechzone.reporting.tracking.CategorySpending;
import nl.dutchtechzone.reporting.tracking.Evidence;
import nl.dutchtechzone.reporting.tracking.Gap;
import nl.dutchtechzone.reporting.tracking.IndicatorPoint;
import nl.dutchtechzone.reporting.tracking.IndicatorSeries;
import nl.dutchtechzone.reporting.tracking.LineOfWork;
import nl.dutchtechzone.reporting.tracking.LineOfWorkEntry;
import nl.dutchtechzone.reporting.tracking.Link;
import nl.dutchtechzone.reporting.tracking.PeriodRollUp;
import nl.dutchtechzone.reporting.tracking.PlanTracking;
import nl.dutchtechzone.reporting.tracking.ReportTracking;
import nl.dutchtechzone.reporting.tracking.StatusAssessment;
import nl.dutchtechzone.reporting.tracking.StatusCounts;
import nl.dutchtechzone.reporting.tracking.TargetResult;
import nl.dutchtechzone.reporting.tracking.ThemeSummary;
import nl.dutchtechzone.reporting.tracking.TrackedAction;
import nl.dutchtechzone.reporting.tracking.TrackingReport;

/**
 * Writes a {@link TrackingReport} as the {@code tracking} part of the {@code json} export
 * document, in the fixed field order documented in {@code docs/json-export.md}: lists in the
 * order the tracker gives them, status counts in the order of {@link ActionStatus}, amounts and
 * decimals as strings, absent optional values left out.
 */
final class TrackingJsonWriter {

  private final JsonGenerator g;
  private final DatasetWriter texts;

  TrackingJsonWriter(JsonGenerator g) {
    this.g = g;
    this.texts = new DatasetWriter(g);
  }

  void tracking(TrackingReport t) throws IOException {
    g.writeStartObject();
    g.writeStringField("programmeId", t.programmeId());
    g.writeArrayFieldStart("plans");
    for (PlanTracking plan : t.plans()) {
      plan(plan);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("reports");
    for (ReportTracking report : t.reports()) {
      report(report);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("links");
    for (Link link : t.links()) {
      g.writeStartObject();
      g.writeNumberField("year", link.year());
      g.writeStringField("actionId", link.actionId());
      g.writeStringField("itemId", link.itemId());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("budget");
    for (BudgetVariance v : t.budget()) {
      variance(v);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("gaps");
    for (Gap gap : t.gaps()) {
      g.writeStartObject();
      g.writeStringField("kind", constant(gap.kind()));
      g.writeNumberField("year", gap.year());
      g.writeStringField("subjectId", gap.subjectId());
      g.writeStringField("message", gap.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("linesOfWork");
    for (LineOfWork line : t.linesOfWork()) {
      lineOfWork(line);
    }
    g.writeEndArray();
    g.writeFieldName("rollUp");
    rollUp(t.rollUp());
    g.writeEndObject();
  }

  private void plan(PlanTracking plan) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", plan.year());
    g.writeBooleanField("reported", plan.reported());
    g.writeFieldName("counts");
    counts(plan.counts());
    g.writeArrayFieldStart("themes");
    for (ThemeSummary theme : plan.themes()) {
      g.writeStartObject();
      g.writeStringField("themeId", theme.themeId());
      texts.text("title", theme.title());
      g.writeFieldName("counts");
      counts(theme.counts());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("actions");
    for (TrackedAction action : plan.actions()) {
      action(action);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void action(TrackedAction a) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", a.year());
    g.writeStringField("actionId", a.actionId());
    g.writeStringField("themeId", a.themeId());
    texts.strings("headingIds", a.headingIds());
    texts.text("text", a.text());
    texts.string("lineOfWork", a.lineOfWork());
    g.writeStringField("status", constant(a.status()));
    if (a.assessment().isPresent()) {
      StatusAssessment s = a.assessment().get();
      g.writeObjectFieldStart("assessment");
      g.writeStringField("status", constant(s.status()));
      texts.text("note", s.note());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("evidence");
    for (Evidence e : a.evidence()) {
      g.writeStartObject();
      g.writeStringField("itemId", e.itemId());
      g.writeStringField("kind", constant(e.kind()));
      texts.text("title", e.title());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (a.target().isPresent()) {
      target(a.target().get());
    }
    actionRef("continues", a.continues());
    actionRef("continuedIn", a.continuedIn());
    g.writeEndObject();
  }

  private void target(TargetResult t) throws IOException {
    g.writeObjectFieldStart("target");
    g.writeStringField("indicatorId", t.indicatorId());
    g.writeStringField("unit", t.unit());
    g.writeStringField("target", decimal(t.target()));
    decimalField("actual", t.actual());
    g.writeStringField("direction", constant(t.direction()));
    g.writeBooleanField("cumulative", t.cumulative());
    decimalField("achievedPercent", t.achievedPercent());
    if (t.met().isPresent()) {
      g.writeBooleanField("met", t.met().get());
    }
    g.writeEndObject();
  }

  private void actionRef(String name, Optional<ActionRef> ref) throws IOException {
    if (ref.isPresent()) {
      g.writeObjectFieldStart(name);
      g.writeNumberField("year", ref.get().year());
      g.writeStringField("actionId", ref.get().actionId());
      g.writeEndObject();
    }
  }

  private void report(ReportTracking r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", r.year());
    g.writeBooleanField("planned", r.planned());
    g.writeNumberField("itemCount", r.itemCount());
    g.writeNumberField("linkedItemCount", r.linkedItemCount());
    g.writeArrayFieldStart("aims");
    for (AimCoverage aim : r.aims()) {
      g.writeStartObject();
      g.writeStringField("aimId", aim.aimId());
      texts.text("text", aim.text());
      texts.strings("activityIds", aim.activityIds());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void variance(BudgetVariance v) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", v.year());
    g.writeStringField("categoryId", v.categoryId());
    texts.text("categoryName", v.categoryName());
    texts.money("planned", v.planned());
    texts.money("amended", v.amended());
    texts.money("currentBudget", v.currentBudget());
    texts.money("actual", v.actual());
    texts.money("variance", v.variance());
    decimalField("variancePercent", v.variancePercent());
    texts.text("explanation", v.explanation());
    g.writeEndObject();
  }

  private void lineOfWork(LineOfWork line) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", line.key());
    g.writeArrayFieldStart("entries");
    for (LineOfWorkEntry e : line.entries()) {
      g.writeStartObject();
      g.writeNumberField("year", e.year());
      g.writeStringField("source", constant(e.source()));
      g.writeStringField("id", e.id());
      texts.text("text", e.text());
      if (e.status().isPresent()) {
        g.writeStringField("status", constant(e.status().get()));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void rollUp(PeriodRollUp r) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("period");
    g.writeNumberField("firstYear", r.period().firstYear());
    g.writeNumberField("lastYear", r.period().lastYear());
    g.writeEndObject();
    years("yearsPresent", r.yearsPresent());
    years("yearsPlanned", r.yearsPlanned());
    years("yearsReported", r.yearsReported());
    years("yearsMissing", r.yearsMissing());
    g.writeArrayFieldStart("spending");
    for (CategorySpending s : r.spending()) {
      g.writeStartObject();
      g.writeStringField("categoryId", s.categoryId());
      g.writeNumberField("year", s.year());
      g.writeStringField("amount", amount(s.amount()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("indicatorSeries");
    for (IndicatorSeries series : r.indicatorSeries()) {
      g.writeStartObject();
      g.writeStringField("indicatorId", series.indicatorId());
      texts.text("name", series.name());
      g.writeStringField("unit", series.unit());
      g.writeBooleanField("cumulative", series.cumulative());
      g.writeArrayFieldStart("points");
      for (IndicatorPoint p : series.points()) {
        g.writeStartObject();
        g.writeNumberField("year", p.year());
        g.writeStringField("value", decimal(p.value()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void counts(StatusCounts counts) throws IOException {
    g.writeStartObject();
    g.writeNumberField("total", counts.total());
    g.writeNumberField("withEvidence", counts.withEvidence());
    decimalField("shareWithEvidencePercent", counts.shareWithEvidencePercent());
    g.writeObjectFieldStart("byStatus");
    for (ActionStatus status : ActionStatus.values()) {
      g.writeNumberField(constant(status), counts.byStatus().getOrDefault(status, 0));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private void years(String name, List<Integer> years) throws IOException {
    g.writeArrayFieldStart(name);
    for (int year : years) {
      g.writeNumber(year);
    }
    g.writeEndArray();
  }

  private void decimalField(String name, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, decimal(value.get()));
    }
  }
}
