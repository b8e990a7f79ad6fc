package nl.dutchtechzone.reporting.json;

import static nl.dutchtechzone.reporting.json.JsonSupport.amount;
import static nl.dutchtechzone.reporting.json.JsonSupport.constant;
import static nl.dutchtechzone.reporting.json.JsonSupport.decimal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.language.Languages;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.Settlement;
import nl.dutchtechzone.finance.contribution.SettlementLine;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Violation;

/**
 * Writes the finance parts of the {@code json} export document, the {@code contributions},
 * {@code settlement} and {@code validation} objects, in the fixed field order documented in
 * {@code docs/json-export.md}.
 */
final class FinanceJsonWriter {

  private final JsonGenerator g;
  private final DatasetWriter values;

  FinanceJsonWriter(JsonGenerator g) {
    this.g = g;
    this.values = new DatasetWriter(g);
  }

  void contributions(ContributionStatement s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("year", s.year());
    g.writeStringField("referenceDate", s.referenceDate().toString());
    g.writeStringField("status", constant(s.status()));
    g.writeStringField("rounding", constant(s.rounding()));
    g.writeNumberField("totalInhabitants", s.totalInhabitants());
    g.writeStringField("total", amount(s.total()));
    g.writeArrayFieldStart("lines");
    for (ContributionLine line : s.lines()) {
      g.writeStartObject();
      g.writeStringField("partnerId", line.partnerId());
      g.writeStringField("name", line.name());
      g.writeStringField("cbsCode", line.cbsCode().value());
      g.writeStringField("referenceDate", line.referenceDate().toString());
      g.writeNumberField("inhabitants", line.inhabitants());
      g.writeStringField("rate", decimal(line.rate()));
      g.writeStringField("amount", amount(line.amount()));
      g.writeStringField("figureStatus", constant(line.figureStatus()));
      values.text("figureSource", figureSource(line));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * A line's figure source as the export writes every text: the Dutch reading, and the English
   * one where it differs, each as the line renders it for a reader of the language.
   */
  private static LocalizedText figureSource(ContributionLine line) {
    String nl = line.figureSource(Languages.DUTCH);
    String en = line.figureSource(Languages.ENGLISH);
    return en.equals(nl) ? LocalizedText.dutch(nl) : LocalizedText.of(nl, en);
  }

  void settlement(Settlement s) throws IOException {
    g.writeStartObject();
    g.writeStringField("programmeId", s.programmeId());
    g.writeNumberField("year", s.year());
    g.writeStringField("estimateTotal", amount(s.estimateTotal()));
    g.writeStringField("finalTotal", amount(s.finalTotal()));
    g.writeStringField("total", amount(s.total()));
    g.writeArrayFieldStart("lines");
    for (SettlementLine line : s.lines()) {
      g.writeStartObject();
      g.writeStringField("partnerId", line.partnerId());
      g.writeStringField("name", line.name());
      g.writeStringField("estimated", amount(line.estimated()));
      g.writeStringField("settled", amount(line.settled()));
      g.writeStringField("difference", amount(line.difference()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  void validation(ValidationResult result) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("valid", result.isValid());
    g.writeNumberField("errorCount", result.errors().size());
    g.writeNumberField("warningCount", result.warnings().size());
    g.writeArrayFieldStart("violations");
    for (Violation v : result.violations()) {
      g.writeStartObject();
      g.writeStringField("code", v.code());
      g.writeStringField("severity", constant(v.severity()));
      g.writeStringField("path", v.path());
      values.money("expected", v.expected());
      values.money("actual", v.actual());
      g.writeStringField("messageNl", v.messageNl());
      g.writeStringField("messageEn", v.messageEn());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
