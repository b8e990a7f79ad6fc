package nl.dutchtechzone.reporting.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.reporting.internal.Ids;

/**
 * Shared Jackson set-up of the dataset format and the {@code json} exporter: one factory that
 * never closes the caller's stream, the mapper that binds the model, one pretty printer (two spaces, {@code \n}, {@code ": "}),
 * and the canonical text of amounts, decimals and enum constants.
 */
final class JsonSupport {

  static final JsonFactory FACTORY = factory();

  /**
   * The binding of the dataset format: the {@link DatasetModule} on a factory of its own with
   * the same settings (a mapper takes its factory over as its codec).
   */
  static final ObjectMapper MAPPER = JsonMapper.builder(factory())
      .addModule(new DatasetModule())
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
      .build();

  private JsonSupport() {}

  /**
   * A factory that never closes the caller's stream and reads within the {@link DatasetLimits}
   * (depth, string, name, number and input length).
   */
  private static JsonFactory factory() {
    return JsonFactory.builder()
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .streamReadConstraints(DatasetLimits.Reading.INSTANCE)
        .build();
  }

  /**
   * Opens a pretty-printing UTF-8 generator on the stream; closing it flushes but does not close
   * the stream.
   */
  static JsonGenerator generator(OutputStream out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    JsonGenerator generator = FACTORY.createGenerator(out);
    generator.setPrettyPrinter(printer);
    return generator;
  }

  /** Money in canonical plain notation, always two decimals: {@code 289467.21}. */
  static String amount(Money money) {
    return money.toPlainString();
  }

  /**
   * A decimal in plain notation, keeping its scale ({@code 0.50} stays {@code 0.50}); a negative
   * scale is written as the whole number it stands for ({@code 1E+3} as {@code 1000}).
   */
  static String decimal(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
  }

  /** An enum constant in lower-case kebab case: {@code EDUCATION_INSTITUTION} as
   * {@code education-institution}. */
  static String constant(Enum<?> value) {
    return Ids.of(value);
  }
}
