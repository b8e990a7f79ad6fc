package nl.dutchtechzone.reporting.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Years;
import nl.dutchtechzone.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The leaf (de)serializers of the dataset format, one per kind of value: strings, ids, whole
 * numbers, years, counts, booleans, amounts, decimals, dates, enum constants and CBS codes. Each
 * reads strictly (no coercion: a number where a string is expected is a problem) and never
 * throws for bad data: it records a {@link DatasetProblem} at the offending token, skips the
 * value and yields null ("no value").
 */
final class Leaves {

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private Leaves() {}

  /** Whether the text is {@code -?(0|[1-9][0-9]*)} followed by {@code rest} at {@code i}. */
  private static int wholePart(String text) {
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    int start = i;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
    }
    if (i == start || (i - start > 1 && text.charAt(start) == '0')) {
      return -1;
    }
    return i;
  }

  /** Whether {@code chars} are the characters of {@code b} from {@code offset} on. */
  static boolean same(char[] chars, char[] b, int offset) {
    return Arrays.equals(chars, 0, chars.length, b, offset, offset + chars.length);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Plain notation with optional decimals: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}. */
  static boolean isDecimal(String text) {
    int i = wholePart(text);
    if (i < 0) {
      return false;
    }
    if (i == text.length()) {
      return true;
    }
    if (text.charAt(i) != '.' || i + 1 == text.length()) {
      return false;
    }
    for (int k = i + 1; k < text.length(); k++) {
      if (!isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A leaf reader: the token under the parser is the value's (first) token. */
  abstract static class Leaf<T> extends JsonDeserializer<T> {

    @Override
    public final @Nullable T deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      return read(p, ReadState.of(ctxt));
    }

    abstract @Nullable T read(JsonParser p, ReadState state) throws IOException;

    /** Records a problem at the current token, skips the value and yields no value. */
    final @Nullable T refuse(JsonParser p, ReadState state, ProblemText message)
        throws IOException {
      state.problem(p, message);
      p.skipChildren();
      return null;
    }
  }

  /** A JSON string. */
  static final class Text extends Leaf<String> {
    @Override
    @Nullable String read(JsonParser p, ReadState state) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return p.getText();
      }
      return refuse(p, state, ProblemText.of("expected.string")
          .then(ReadState.got(p.currentToken())));
    }
  }

  /**
   * An id: a string of letters, digits, '.', '_' or '-' ({@link Ids}). A reference's id (one
   * that names an id defined elsewhere, such as a budget line's category) is kept once per read
   * ({@link ReadState#canonical}): a million lines that name three categories hold three
   * strings, not a million.
   */
  static final class Id extends Leaf<String> {
    private final Text text = new Text();
    private final boolean reference;

    /** An id, kept once per read if it is a {@code reference}; other ids are kept as read. */
    Id(boolean reference) {
      this.reference = reference;
    }

    @Override
    @Nullable String read(JsonParser p, ReadState state) throws IOException {
      if (reference && p.currentToken() == JsonToken.VALUE_STRING) {
        String known = state.canonical(p.getTextCharacters(), p.getTextOffset(),
            p.getTextLength());
        if (known != null) {
          return known; // valid: only valid ids are kept
        }
      }
      String id = text.read(p, state);
      if (id == null) {
        return null;
      }
      if (!Ids.isValid(id)) {
        return refuse(p, state, ProblemText.of("id.invalid", id));
      }
      if (reference) {
        state.keep(id);
      }
      return id;
    }
  }

  /** A whole JSON number within the range of an {@code int}. */
  static class Whole extends Leaf<Integer> {
    @Override
    @Nullable Integer read(JsonParser p, ReadState state) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return refuse(p, state, ProblemText.of("expected.whole").then(ReadState.describe(p)));
      }
      try {
        return Integer.valueOf(p.getText());
      } catch (NumberFormatException e) {
        return refuse(p, state, ProblemText.of("whole.range", p.getText()));
      }
    }
  }

  /** A year: a whole number from {@link Years#MIN} to {@link Years#MAX}. */
  static final class Year extends Whole {
    @Override
    @Nullable Integer read(JsonParser p, ReadState state) throws IOException {
      Integer year = super.read(p, state);
      if (year != null && (year < Years.MIN || year > Years.MAX)) {
        return refuse(p, state, ProblemText.of("year.range", Years.MIN, Years.MAX, year));
      }
      return year;
    }
  }

  /** A count: a whole number from 0 to {@link DatasetLimits#MAX_INHABITANTS}. */
  static final class Count extends Leaf<Long> {
    private final String name;

    /** A count named, in its range message, by the attribute. */
    Count(String name) {
      this.name = name;
    }

    @Override
    @Nullable Long read(JsonParser p, ReadState state) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return refuse(p, state, ProblemText.of("expected.whole").then(ReadState.describe(p)));
      }
      String text = p.getText();
      long value;
      try {
        value = Long.parseLong(text);
      } catch (NumberFormatException e) {
        return refuse(p, state, ProblemText.of("whole.range", text));
      }
      if (value < 0) {
        return refuse(p, state, ProblemText.of("count.negative", text));
      }
      if (value > DatasetLimits.MAX_INHABITANTS) {
        return refuse(p, state, ProblemText.of("count.range", name, text,
            DatasetLimits.MAX_INHABITANTS));
      }
      return value;
    }
  }

  /** {@code true} or {@code false}. */
  static final class Bool extends Leaf<Boolean> {
    @Override
    @Nullable Boolean read(JsonParser p, ReadState state) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
      return refuse(p, state, ProblemText.of("expected.boolean").then(ReadState.describe(p)));
    }
  }

  /**
   * An amount: a string in plain notation with exactly two decimals, within
   * {@link DatasetLimits#MAX_AMOUNT_TEXT} either side of zero, or a narrower limit of its own.
   */
  static final class Amount extends Leaf<Money> {
    private final Text text = new Text();

    @Override
    @Nullable Money read(JsonParser p, ReadState state) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return refuse(p, state, ProblemText.of("amount.number", p.getText()));
      }
      if (token != JsonToken.VALUE_STRING) {
        text.read(p, state); // no string: the text reader records the problem
        return null;
      }
      // Read from the parser's characters: a well-formed amount costs no string.
      long cents = cents(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (cents == MALFORMED) {
        return refuse(p, state, ProblemText.of("amount.malformed", p.getText()));
      }
      if (cents > DatasetLimits.MAX_AMOUNT_CENTS || cents < -DatasetLimits.MAX_AMOUNT_CENTS) {
        return refuse(p, state, ProblemText.of("amount.range", p.getText(),
            DatasetLimits.MAX_AMOUNT_TEXT));
      }
      return Money.ofCents(cents);
    }

    /** What {@link #cents(char[], int, int)} yields for text that is no amount. */
    private static final long MALFORMED = Long.MIN_VALUE;

    /**
     * The cents of an amount in plain notation with exactly two decimals ({@code
     * -?(0|[1-9][0-9]*)\.[0-9]{2}}), {@link Long#MAX_VALUE} when it
     * has more digits than a {@code long} holds (out of every range), or {@link #MALFORMED}.
     */
    private static long cents(char[] b, int offset, int length) {
      int end = offset + length;
      int i = offset;
      boolean negative = i < end && b[i] == '-';
      if (negative) {
        i++;
      }
      int start = i;
      while (i < end && isDigit(b[i])) {
        i++;
      }
      int digits = i - start;
      if (digits == 0 || (digits > 1 && b[start] == '0') || end - i != 3 || b[i] != '.'
          || !isDigit(b[i + 1]) || !isDigit(b[i + 2])) {
        return MALFORMED;
      }
      if (digits + 2 > 18) {
        return Long.MAX_VALUE;
      }
      long cents = 0;
      for (int k = start; k < i; k++) {
        cents = cents * 10 + (b[k] - '0');
      }
      cents = cents * 100 + (b[i + 1] - '0') * 10 + (b[i + 2] - '0');
      return negative ? -cents : cents;
    }

  }

  /** A decimal: a string in plain notation, at most 12 digits before the point and 6 after. */
  static final class Decimal extends Leaf<BigDecimal> {
    private final Text text = new Text();
    private final @Nullable String attribute;
    private final @Nullable BigDecimal max;

    /** Any decimal of the supported range. */
    Decimal() {
      this(null, null);
    }

    /**
     * A decimal of at most {@code max}; the range message is the text
     * {@code decimal.limit.<attribute>}.
     */
    Decimal(@Nullable String attribute, @Nullable BigDecimal max) {
      this.attribute = attribute;
      this.max = max;
    }

    @Override
    @Nullable BigDecimal read(JsonParser p, ReadState state) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return refuse(p, state, ProblemText.of("decimal.number", p.getText()));
      }
      String decimal = text.read(p, state);
      if (decimal == null) {
        return null;
      }
      if (!isDecimal(decimal)) {
        return refuse(p, state, ProblemText.of("decimal.malformed", decimal));
      }
      int point = decimal.indexOf('.');
      int integerDigits = (point < 0 ? decimal.length() : point)
          - (decimal.startsWith("-") ? 1 : 0);
      int fractionDigits = point < 0 ? 0 : decimal.length() - point - 1;
      if (integerDigits > DatasetLimits.MAX_DECIMAL_INTEGER_DIGITS
          || fractionDigits > DatasetLimits.MAX_DECIMAL_FRACTION_DIGITS) {
        return refuse(p, state, ProblemText.of("decimal.range", decimal,
            DatasetLimits.MAX_DECIMAL_INTEGER_DIGITS, DatasetLimits.MAX_DECIMAL_FRACTION_DIGITS));
      }
      BigDecimal value = new BigDecimal(decimal);
      if (max != null && value.compareTo(max) > 0) {
        return refuse(p, state, ProblemText.of("decimal.limit." + attribute, decimal,
            max.toPlainString()));
      }
      return value;
    }
  }

  /** A date: ISO-8601 {@code yyyy-mm-dd}, in a year from {@link Years#MIN} to {@link Years#MAX}. */
  static final class Date extends Leaf<LocalDate> {
    private final Text text = new Text();

    @Override
    @Nullable LocalDate read(JsonParser p, ReadState state) throws IOException {
      String date = text.read(p, state);
      if (date == null) {
        return null;
      }
      if (!DATE.matcher(date).matches()) {
        return refuse(p, state, ProblemText.of("date.malformed", date));
      }
      LocalDate parsed;
      try {
        parsed = LocalDate.parse(date);
      } catch (DateTimeException e) {
        return refuse(p, state, ProblemText.of("date.invalid", date, e.getMessage()));
      }
      if (parsed.getYear() < Years.MIN || parsed.getYear() > Years.MAX) {
        // The year of a date is a year of the model too (a figure's reference date is the
        // 1 January of a contribution year): 0000-01-01 ended the command line with a trace.
        return refuse(p, state, ProblemText.of("date.range", date, Years.MIN, Years.MAX));
      }
      return parsed;
    }
  }

  /** An enum constant in the format's naming ({@link JsonSupport#constant(Enum)}). */
  static final class Constant<E extends Enum<E>> extends Leaf<E> {
    private final Text text = new Text();
    /** The constants' names in the format, in declaration order, and the constants. */
    private final String[] names;
    private final char[][] chars;
    private final E[] values;

    Constant(Class<E> type) {
      values = type.getEnumConstants();
      names = new String[values.length];
      chars = new char[values.length][];
      for (int i = 0; i < values.length; i++) {
        names[i] = JsonSupport.constant(values[i]);
        chars[i] = names[i].toCharArray();
      }
    }

    @Override
    @Nullable E read(JsonParser p, ReadState state) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        text.read(p, state); // no string: the text reader records the problem
        return null;
      }
      // A handful of short names, compared in turn with the parser's characters: no string.
      char[] b = p.getTextCharacters();
      int offset = p.getTextOffset();
      int length = p.getTextLength();
      for (int i = 0; i < names.length; i++) {
        if (chars[i].length == length && same(chars[i], b, offset)) {
          return values[i];
        }
      }
      return refuse(p, state, ProblemText.of("constant.unknown", p.getText(),
          List.of(names)));
    }
  }

  /** A CBS municipality code: {@code GM} and four digits. */
  static final class Code extends Leaf<MunicipalityCode> {
    private final Text text = new Text();

    @Override
    @Nullable MunicipalityCode read(JsonParser p, ReadState state) throws IOException {
      String code = text.read(p, state);
      if (code == null) {
        return null;
      }
      try {
        return MunicipalityCode.of(code);
      } catch (IllegalArgumentException e) {
        return refuse(p, state, ProblemText.model(String.valueOf(e.getMessage())));
      }
    }
  }

  // ---- writing ----------------------------------------------------------------------------

  /** Money in canonical plain notation, as a string: {@code "289467.21"}. */
  static final class AmountWriter extends JsonSerializer<Money> {
    @Override
    public void serialize(Money value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeString(JsonSupport.amount(value));
    }
  }

  /** A decimal in plain notation, as a string ({@link JsonSupport#decimal(BigDecimal)}). */
  static final class DecimalWriter extends JsonSerializer<BigDecimal> {
    @Override
    public void serialize(BigDecimal value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeString(JsonSupport.decimal(value));
    }
  }

  /** A date in ISO-8601. */
  static final class DateWriter extends JsonSerializer<LocalDate> {
    @Override
    public void serialize(LocalDate value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeString(value.toString());
    }
  }

  /** An enum constant in lower-case kebab case. */
  static final class ConstantWriter extends JsonSerializer<Enum<?>> {
    @Override
    public void serialize(Enum<?> value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeString(JsonSupport.constant(value));
    }
  }

  /** A CBS code as its text. */
  static final class CodeWriter extends JsonSerializer<MunicipalityCode> {
    @Override
    public void serialize(MunicipalityCode value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeString(value.value());
    }
  }
}
