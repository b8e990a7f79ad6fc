package nl.dutchtechzone.reporting.json;

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

  private DatasetLimits() {}
}
