package nl.dutchtechzone.reporting.json;

import static nl.dutchtechzone.reporting.json.JsonSupport.amount;
import static nl.dutchtechzone.reporting.json.JsonSupport.constant;
import static nl.dutchtechzone.reporting.json.JsonSupport.decimal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.CoverLetter;
import nl.dutchtechzone.core.FundEvent;
import nl.dutchtechzone.core.Indicator;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.SectorTheme;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.InKindCapacity;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.plan.PlanHeading;
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.Aim;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.Observation;
import nl.dutchtechzone.core.report.Outcome;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.Provenance;

/**
 * Writes the parts of the dataset format to a generator, in the fixed field order documented in
 * {@code docs/dataset-format.md}. Lists are always written (possibly empty); absent optional
 * values are left out. The {@code json} exporter reuses these methods for the parts it shares.
 */
final class DatasetWriter {

  private final JsonGenerator g;

  DatasetWriter(JsonGenerator g) {
    this.g = g;
  }

  void dataset(Dataset dataset) throws IOException {
    g.writeStartObject();
    g.writeNumberField("dtzFormat", JsonDatasets.FORMAT_VERSION);
    g.writeFieldName("programme");
    programme(dataset.programme());
    g.writeArrayFieldStart("inhabitantFigures");
    for (InhabitantFigure figure : dataset.inhabitantFigures()) {
      inhabitantFigure(figure);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("plans");
    for (AnnualPlan plan : dataset.plans()) {
      plan(plan);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("reports");
    for (AnnualReport report : dataset.reports()) {
      report(report);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("coverLetters");
    for (CoverLetter letter : dataset.coverLetters()) {
      coverLetter(letter);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ---- programme ------------------------------------------------------------------------------

  void programme(Programme p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeStringField("shortName", p.shortName());
    g.writeStringField("name", p.name());
    text("purpose", p.purpose());
    text("origin", p.origin());
    g.writeArrayFieldStart("aims");
    for (LocalizedText aim : p.aims()) {
      text(aim);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("partners");
    for (Partner partner : p.partners()) {
      partner(partner);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("memberships");
    for (Membership m : p.memberships()) {
      g.writeStartObject();
      g.writeStringField("partnerId", m.partnerId());
      g.writeNumberField("fromYear", m.fromYear());
      if (m.lastYear().isPresent()) {
        g.writeNumberField("lastYear", m.lastYear().get());
      }
      string("source", m.source());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (p.office().isPresent()) {
      g.writeObjectFieldStart("office");
      g.writeStringField("hostPartnerId", p.office().get().hostPartnerId());
      g.writeBooleanField("hostBearsHousingAndSupport",
          p.office().get().hostBearsHousingAndSupport());
      g.writeEndObject();
    }
    if (p.board().isPresent()) {
      g.writeObjectFieldStart("board");
      g.writeStringField("name", p.board().get().name());
      strings("memberPartnerIds", p.board().get().memberPartnerIds());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("sectorThemes");
    for (SectorTheme t : p.sectorThemes()) {
      g.writeStartObject();
      g.writeStringField("id", t.id());
      text("name", t.name());
      g.writeEndObject();
    }
    g.writeEndArray();
    period("strategicPeriod", p.strategicPeriod());
    g.writeArrayFieldStart("relatedProgrammes");
    for (RelatedProgramme r : p.relatedProgrammes()) {
      related(r);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("indicators");
    for (Indicator i : p.indicators()) {
      g.writeStartObject();
      g.writeStringField("id", i.id());
      text("name", i.name());
      g.writeStringField("unit", i.unit());
      g.writeStringField("direction", constant(i.direction()));
      g.writeBooleanField("cumulative", i.cumulative());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("costCategories");
    for (CostCategory c : p.costCategories()) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      text("name", c.name());
      g.writeEndObject();
    }
    g.writeEndArray();
    money("contributionPerInhabitant", p.contributionPerInhabitant());
    g.writeEndObject();
  }

  private void partner(Partner partner) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", partner.id());
    g.writeStringField("name", partner.name());
    g.writeStringField("kind", constant(partner.kind()));
    if (partner.cbsCode().isPresent()) {
      g.writeStringField("cbsCode", partner.cbsCode().get().value());
    }
    text("description", partner.description());
    g.writeEndObject();
  }

  private void related(RelatedProgramme r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("name", r.name());
    g.writeStringField("kind", constant(r.kind()));
    g.writeBooleanField("ownGovernance", r.ownGovernance());
    string("pillar", r.pillar());
    text("role", r.role());
    strings("coFunderIds", r.coFunderIds());
    if (r.lastOpenedYear().isPresent()) {
      g.writeNumberField("lastOpenedYear", r.lastOpenedYear().get());
    }
    g.writeArrayFieldStart("fundEvents");
    for (FundEvent e : r.fundEvents()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("kind", constant(e.kind()));
      g.writeStringField("amount", amount(e.amount()));
      if (e.date().isPresent()) {
        g.writeStringField("date", e.date().get().toString());
      }
      text("destination", e.destination());
      text("description", e.description());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void period(String name, StrategicPeriod period) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("firstYear", period.firstYear());
    g.writeNumberField("lastYear", period.lastYear());
    g.writeEndObject();
  }

  void inhabitantFigure(InhabitantFigure figure) throws IOException {
    g.writeStartObject();
    g.writeStringField("municipality", figure.municipality().value());
    g.writeStringField("municipalityName", figure.municipalityName());
    g.writeStringField("referenceDate", figure.referenceDate().toString());
    g.writeNumberField("inhabitants", figure.inhabitants());
    g.writeStringField("status", constant(figure.status()));
    g.writeStringField("source", figure.source());
    if (figure.provenance().isPresent()) {
      Provenance p = figure.provenance().get();
      g.writeObjectFieldStart("provenance");
      g.writeStringField("tableId", p.tableId());
      g.writeStringField("periodCode", p.periodCode());
      g.writeStringField("status", constant(p.status()));
      g.writeStringField("file", p.file());
      g.writeStringField("retrieved", p.retrieved().toString());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  // ---- plans ----------------------------------------------------------------------------------

  void plan(AnnualPlan plan) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", plan.year());
    period("strategicPeriod", plan.strategicPeriod());
    text("introduction", plan.introduction());
    g.writeArrayFieldStart("themes");
    for (InvestmentTheme theme : plan.themes()) {
      g.writeStartObject();
      g.writeStringField("id", theme.id());
      text("title", theme.title());
      g.writeArrayFieldStart("actions");
      for (ActionPoint action : theme.actions()) {
        action(action);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("headings");
    for (PlanHeading h : plan.headings()) {
      g.writeStartObject();
      g.writeStringField("id", h.id());
      g.writeStringField("themeId", h.themeId());
      text("text", h.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (plan.budget().isPresent()) {
      budget(plan.budget().get());
    }
    g.writeArrayFieldStart("inKind");
    for (InKindCapacity k : plan.inKind()) {
      g.writeStartObject();
      g.writeStringField("offeredByKind", constant(k.offeredByKind()));
      string("partnerId", k.partnerId());
      text("description", k.description());
      if (k.fte().isPresent()) {
        g.writeStringField("fte", decimal(k.fte().get()));
      }
      money("estimatedValue", k.estimatedValue());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void action(ActionPoint action) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", action.id());
    text("text", action.text());
    strings("headingIds", action.headingIds());
    if (action.target().isPresent()) {
      Target t = action.target().get();
      g.writeObjectFieldStart("target");
      g.writeStringField("indicatorId", t.indicatorId());
      g.writeStringField("value", decimal(t.value()));
      g.writeStringField("unit", t.unit());
      g.writeEndObject();
    }
    string("lineOfWork", action.lineOfWork());
    g.writeEndObject();
  }

  private void budget(Budget budget) throws IOException {
    g.writeObjectFieldStart("budget");
    g.writeStringField("status", constant(budget.status()));
    text("scopeNote", budget.scopeNote());
    g.writeArrayFieldStart("lines");
    for (BudgetLine line : budget.lines()) {
      g.writeStartObject();
      g.writeStringField("id", line.id());
      g.writeStringField("flow", constant(line.flow()));
      g.writeStringField("categoryId", line.categoryId());
      text("description", line.description());
      g.writeStringField("planned", amount(line.planned()));
      money("amended", line.amended());
      g.writeStringField("scope", constant(line.scope()));
      text("note", line.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  // ---- reports --------------------------------------------------------------------------------

  void report(AnnualReport report) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", report.year());
    text("goal", report.goal());
    if (report.statement().isPresent()) {
      statement(report.statement().get());
    }
    g.writeArrayFieldStart("indicatorValues");
    for (IndicatorValue v : report.indicatorValues()) {
      g.writeStartObject();
      g.writeStringField("id", v.id());
      g.writeStringField("indicatorId", v.indicatorId());
      text("title", v.title());
      g.writeStringField("value", decimal(v.value()));
      strings("actionIds", v.actionIds());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("observations");
    for (Observation o : report.observations()) {
      g.writeStartObject();
      g.writeStringField("id", o.id());
      text("title", o.title());
      g.writeArrayFieldStart("points");
      for (LocalizedText point : o.points()) {
        text(point);
      }
      g.writeEndArray();
      strings("actionIds", o.actionIds());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("outcomes");
    for (Outcome o : report.outcomes()) {
      g.writeStartObject();
      g.writeStringField("id", o.id());
      text("title", o.title());
      text("summary", o.summary());
      strings("actionIds", o.actionIds());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("aims");
    for (Aim a : report.aims()) {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      text("text", a.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("activities");
    for (Activity a : report.activities()) {
      g.writeStartObject();
      g.writeStringField("id", a.id());
      text("title", a.title());
      strings("aimIds", a.aimIds());
      strings("actionIds", a.actionIds());
      string("lineOfWork", a.lineOfWork());
      text("note", a.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void statement(FinancialStatement s) throws IOException {
    g.writeObjectFieldStart("statement");
    g.writeStringField("carriedForward", amount(s.carriedForward()));
    g.writeArrayFieldStart("income");
    for (StatementLine line : s.income()) {
      statementLine(line);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("spending");
    for (StatementLine line : s.spending()) {
      statementLine(line);
    }
    g.writeEndArray();
    g.writeStringField("statedSpendingTotal", amount(s.statedSpendingTotal()));
    money("statedIncomeTotal", s.statedIncomeTotal());
    g.writeEndObject();
  }

  private void statementLine(StatementLine line) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", line.id());
    string("categoryId", line.categoryId());
    text("label", line.label());
    g.writeStringField("amount", amount(line.amount()));
    g.writeEndObject();
  }

  // ---- cover letters --------------------------------------------------------------------------

  void coverLetter(CoverLetter letter) throws IOException {
    g.writeStartObject();
    g.writeStringField("from", letter.from());
    g.writeStringField("to", letter.to());
    g.writeStringField("place", letter.place());
    g.writeStringField("date", letter.date().toString());
    g.writeStringField("reference", letter.reference());
    g.writeStringField("handledBy", letter.handledBy());
    g.writeStringField("subject", letter.subject());
    text("status", letter.status());
    strings("attachments", letter.attachments());
    g.writeEndObject();
  }

  // ---- small values ---------------------------------------------------------------------------

  void text(String name, Optional<LocalizedText> text) throws IOException {
    if (text.isPresent()) {
      text(name, text.get());
    }
  }

  void text(String name, LocalizedText text) throws IOException {
    g.writeFieldName(name);
    text(text);
  }

  void text(LocalizedText text) throws IOException {
    g.writeStartObject();
    g.writeStringField("nl", text.nl());
    if (text.en().isPresent()) {
      g.writeStringField("en", text.en().get());
    }
    g.writeEndObject();
  }

  void string(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  void strings(String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  void money(String name, Optional<Money> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, amount(value.get()));
    }
  }
}
