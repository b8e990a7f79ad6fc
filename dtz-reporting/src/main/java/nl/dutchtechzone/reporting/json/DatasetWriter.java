package nl.dutchtechzone.reporting.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import nl.dutchtechzone.core.CoverLetter;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.report.AnnualReport;

/**
 * Writes the parts of the dataset format to a generator through the {@link DatasetModule}: each
 * value type as an object with its attributes in the type's order (documented in
 * {@code docs/dataset-format.md}), lists always (possibly empty), absent optional values left
 * out. The {@code json} exporter reuses it for the parts it shares with the format.
 */
final class DatasetWriter {

  private final JsonGenerator g;

  DatasetWriter(JsonGenerator g) {
    this.g = g;
  }

  /** Writes any value of the model, or a leaf such as an amount, as the format writes it. */
  void value(Object value) throws IOException {
    JsonSupport.MAPPER.writeValue(g, value);
  }

  void dataset(Dataset dataset) throws IOException {
    value(dataset);
  }

  void programme(Programme programme) throws IOException {
    value(programme);
  }

  void plan(AnnualPlan plan) throws IOException {
    value(plan);
  }

  void report(AnnualReport report) throws IOException {
    value(report);
  }

  void coverLetter(CoverLetter letter) throws IOException {
    value(letter);
  }

  /** A text field, left out when empty. */
  void text(String name, Optional<LocalizedText> text) throws IOException {
    if (text.isPresent()) {
      text(name, text.get());
    }
  }

  /** A text field. */
  void text(String name, LocalizedText text) throws IOException {
    g.writeFieldName(name);
    value(text);
  }

  /** A string field, left out when empty. */
  void string(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  /** An array of strings. */
  void strings(String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** An amount field, left out when empty. */
  void money(String name, Optional<Money> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, JsonSupport.amount(value.get()));
    }
  }
}
