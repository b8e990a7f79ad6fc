package nl.dutchtechzone.reporting.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.math.BigDecimal;

/**
 * The ranges of the numbers a dataset may hold, the reader's one source of them. The schema
 * {@code docs/dtz-dataset.schema.json} and {@code docs/dataset-format.md} state the same
 * numbers; {@code DatasetLimitsTest} checks that they agree.
 *
 * <p>Why these: a municipal budget is at most some EUR 10^10 (the largest Dutch municipality
 * spends about EUR 7 billion a year), so an amount within EUR ±10^12 leaves a factor of a
 * hundred and still keeps a sum of a million such amounts inside a {@code long} of cents for any
 * realistic data; no country has 10^8 inhabitants per municipality; a contribution of at most
 * EUR 10,000.00 per inhabitant times at most 10^8 inhabitants stays within the amount range.
 * Counts and other decimals (indicator values, targets, FTE) have at most twelve digits before
 * and six after the point.
 *
 * <p>The sizes of the JSON itself are limited as well, so that no input, however hostile, makes
 * the reader run without end or hold more than a bounded amount per token: nesting depth, the
 * length of a string, a field name and a number, and the whole input. {@link Reading} enforces
 * them on the reader's Jackson factory and reports a breach as a {@link Breach}, which the reader
 * turns into a problem that names the limit.
 */
final class DatasetLimits {

  /** The largest absolute amount in cents: EUR 999,999,999,999.99, just under 10^12. */
  static final long MAX_AMOUNT_CENTS = 99_999_999_999_999L;

  /** The largest amount as it is written: {@value}. */
  static final String MAX_AMOUNT_TEXT = "999999999999.99";

  /** The largest contribution per inhabitant: EUR 10,000.00. */
  static final BigDecimal MAX_RATE = new BigDecimal("10000.00");

  /** The largest number of inhabitants of one municipality: 10^8. */
  static final long MAX_INHABITANTS = 100_000_000L;

  /** The most digits of a decimal before its point. */
  static final int MAX_DECIMAL_INTEGER_DIGITS = 12;

  /** The most digits of a decimal after its point. */
  static final int MAX_DECIMAL_FRACTION_DIGITS = 6;

  /**
   * The deepest nesting of objects and arrays the reader accepts. The format needs fewer than
   * ten levels (the reference data has eight); anything deeper is no dataset.
   */
  static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value, in characters: a text of a million characters. */
  static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest field name, in characters; the format's own names are shorter than 40. */
  static final int MAX_NAME_LENGTH = 1_000;

  /** The longest number, in characters; the format's numbers have at most ten digits. */
  static final int MAX_NUMBER_LENGTH = 100;

  /**
   * The longest input, in bytes: 2 GiB, some seven times the 273 MB of a million budget lines.
   * It ends a stream that never ends (endless white space, say) with a problem, not a hang.
   */
  static final long MAX_DOCUMENT_BYTES = 2L << 30;

  private DatasetLimits() {}

  /**
   * The limits above as Jackson's read constraints: a breach throws a {@link Breach} that says
   * which limit it was.
   */
  static final class Reading extends StreamReadConstraints {

    private static final long serialVersionUID = 1L;

    /** The one instance, for the reader's factories. */
    static final Reading INSTANCE = new Reading();

    private Reading() {
      super(MAX_NESTING_DEPTH, MAX_DOCUMENT_BYTES, MAX_NUMBER_LENGTH, MAX_STRING_LENGTH,
          MAX_NAME_LENGTH, DEFAULT_MAX_TOKEN_COUNT);
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
      if (depth > MAX_NESTING_DEPTH) {
        throw new Breach("limit.depth", MAX_NESTING_DEPTH);
      }
    }

    @Override
    public void validateDocumentLength(long length) throws StreamConstraintsException {
      if (length > MAX_DOCUMENT_BYTES) {
        throw new Breach("limit.document", MAX_DOCUMENT_BYTES);
      }
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
      validateIntegerLength(length);
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
      if (length > MAX_NUMBER_LENGTH) {
        throw new Breach("limit.number", MAX_NUMBER_LENGTH);
      }
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
      if (length > MAX_STRING_LENGTH) {
        throw new Breach("limit.string", MAX_STRING_LENGTH);
      }
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
      if (length > MAX_NAME_LENGTH) {
        throw new Breach("limit.name", MAX_NAME_LENGTH);
      }
    }
  }

  /** A limit of {@link Reading} was exceeded: the key of its problem text and the limit. */
  static final class Breach extends StreamConstraintsException {

    private static final long serialVersionUID = 1L;

    /** The key of the problem text in {@code problems*.properties}. */
    final String key;

    /** The limit that was exceeded. */
    final long limit;

    Breach(String key, long limit) {
      super(key + " " + limit);
      this.key = key;
      this.limit = limit;
    }
  }
}
