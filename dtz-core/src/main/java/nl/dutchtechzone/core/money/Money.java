package nl.dutchtechzone.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money in euros, exact to the cent.
 *
 * <p>The amount is held as a whole number of cents, so {@code equals}, {@code hashCode} and
 * {@code compareTo} agree: {@code Money.of(new BigDecimal("2.0"))} equals {@code
 * Money.of(new BigDecimal("2.00"))}. Arithmetic that stays in whole cents ({@link #plus}, {@link
 * #minus}, {@link #multipliedBy(long)}) is exact and fails on overflow rather than wrapping;
 * arithmetic that can produce fractions of a cent ({@link #multipliedBy(BigDecimal, RoundingMode)},
 * {@link #dividedBy(long, RoundingMode)}) names its rounding.
 *
 * <p>Two notations are read and written:
 *
 * <ul>
 *   <li>plain, as machines write it: {@code 289467.21}, {@code -5}, {@code 0.5};
 *   <li>Dutch, as the source documents print it: {@code € 289.467,21}, {@code € 1.400.000,--},
 *       {@code 130.500,00}, {@code € 1,--}.
 * </ul>
 *
 * <p>This class is immutable and thread-safe. It is serializable (its form is the number of
 * cents), so that an exception naming an amount, such as a {@link MoneyOverflowException}, is
 * too.
 */
public final class Money implements Comparable<Money>, java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** Zero euros. */
  public static final Money ZERO = new Money(0L);

  /** The largest amount Money holds: EUR 92233720368547758.07 ({@link Long#MAX_VALUE} cents). */
  public static final Money MAX = new Money(Long.MAX_VALUE);

  /** The smallest amount Money holds: EUR -92233720368547758.08 ({@link Long#MIN_VALUE} cents). */
  public static final Money MIN = new Money(Long.MIN_VALUE);

  private static final BigDecimal MAX_CENTS = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final BigDecimal MIN_CENTS = BigDecimal.valueOf(Long.MIN_VALUE);

  private static final Pattern PLAIN = Pattern.compile("([+-]?)(\\d+)(?:\\.(\\d+))?");
  /** {@code EUR} before an amount in plain notation, as {@link #toString()} writes it. */
  private static final Pattern EUR_PLAIN =
      Pattern.compile("([+-]?)\\s*EUR\\s*([+-]?)\\s*(\\d+)(?:\\.(\\d{1,2}))?");
  private static final Pattern DUTCH =
      Pattern.compile(
          "([+-]?)\\s*(?:€|EUR)?\\s*([+-]?)\\s*([1-9]\\d{0,2}(?:\\.\\d{3})+|\\d+)"
              + "(?:,(\\d+|--?))?");

  /** The amount in euro cents, from {@link #MIN} to {@link #MAX}: the serialized form. */
  private final long cents;

  private Money(long cents) {
    this.cents = cents;
  }

  /**
   * An amount given as a whole number of cents.
   *
   * @param cents the amount in cents, any sign
   * @return the amount
   */
  public static Money ofCents(long cents) {
    return cents == 0 ? ZERO : new Money(cents);
  }

  /**
   * An amount in whole euros.
   *
   * @param euros the amount in euros, any sign
   * @return the amount
   * @throws MoneyOverflowException if the amount in cents does not fit in a {@code long}
   */
  public static Money ofEuros(long euros) {
    if (euros > Long.MAX_VALUE / 100 || euros < Long.MIN_VALUE / 100) {
      throw new MoneyOverflowException(Quantity.of(Money.class, "amount.euros", euros));
    }
    return ofCents(euros * 100L);
  }

  /**
   * An amount given exactly, with at most two decimals.
   *
   * @param amount the amount in euros, not null; {@code 2.0} and {@code 2.00} are the same
   * @return the amount
   * @throws IllegalArgumentException if the amount has a non-zero digit beyond the cents
   * @throws MoneyOverflowException if the amount is too large to hold
   */
  public static Money of(BigDecimal amount) {
    requireNonNull(amount, "amount");
    BigDecimal scaled;
    try {
      scaled = amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "Money amount must have at most two decimals (whole cents), got "
              + amount.toPlainString()
              + "; round it explicitly with Money.of(amount, roundingMode)",
          e);
    }
    return ofCents(toCents(scaled, amount));
  }

  /**
   * An amount rounded to whole cents with the given rounding.
   *
   * @param amount the amount in euros, not null
   * @param rounding how to round to the cent, not null
   * @return the rounded amount
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and rounding is
   *     needed
   * @throws MoneyOverflowException if the amount is too large to hold
   */
  public static Money of(BigDecimal amount, RoundingMode rounding) {
    requireNonNull(amount, "amount");
    requireNonNull(rounding, "rounding");
    return ofCents(toCents(amount.setScale(2, rounding), amount));
  }

  private static long toCents(BigDecimal scaledToTwo, BigDecimal original) {
    BigDecimal unscaled = scaledToTwo.movePointRight(2);
    if (unscaled.compareTo(MAX_CENTS) > 0 || unscaled.compareTo(MIN_CENTS) < 0) {
      throw new MoneyOverflowException(Quantity.of(Money.class, "amount", original));
    }
    return unscaled.longValueExact();
  }

  /**
   * Zero euros.
   *
   * @return {@link #ZERO}
   */
  public static Money zero() {
    return ZERO;
  }

  /**
   * Reads an amount in plain or Dutch notation.
   *
   * <p>Whatever {@link #toString()}, {@link #toPlainString()}, {@link #toDutchString()} and
   * {@link #toDutchNumber()} write is read back to the same amount:
   *
   * <ul>
   *   <li>{@code EUR} followed by plain notation, as {@code toString} writes it: {@code EUR
   *       289467.21}, {@code EUR -0.05};
   *   <li>text that starts with {@code €} or {@code EUR}, or that contains a comma, is otherwise
   *       read as Dutch notation: {@code .} groups thousands (groups of exactly three digits),
   *       {@code ,} separates the cents, and {@code ,-} or {@code ,--} means no cents ({@code
   *       € 289.467,21}, {@code EUR 1.400.000,--});
   *   <li>any other text is read as plain notation: digits with an optional {@code .} and at
   *       most two decimals ({@code 289467.21}).
   * </ul>
   *
   * <p>The two notations cannot be confused: a {@code .} followed by one or two digits is a
   * decimal point, one followed by groups of exactly three digits groups thousands. A sign may
   * lead, before or after the currency. Spaces around the text are ignored; a non-breaking space
   * counts as a space.
   *
   * @param text the text to read, not null
   * @return the amount
   * @throws IllegalArgumentException if the text is empty, malformed, or has more than two
   *     decimals; the message quotes the text
   */
  public static Money parse(String text) {
    requireNonNull(text, "text");
    String t = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("Money text must not be empty, got '" + text + "'");
    }
    Matcher eurPlain = EUR_PLAIN.matcher(t);
    if (eurPlain.matches()) {
      if (!eurPlain.group(1).isEmpty() && !eurPlain.group(2).isEmpty()) {
        throw malformed(text, "at most one sign");
      }
      return fromParts(text, eurPlain.group(1) + eurPlain.group(2), eurPlain.group(3),
          eurPlain.group(4));
    }
    boolean dutchNotation = t.startsWith("€") || t.startsWith("EUR") || t.contains(",")
        || t.matches("[+-]\\s*(€|EUR).*");
    return dutchNotation ? parseDutch(text, t) : parsePlain(text, t);
  }

  private static Money parsePlain(String original, String t) {
    Matcher m = PLAIN.matcher(t);
    if (!m.matches()) {
      throw malformed(original, "plain notation such as 289467.21 or Dutch notation such as "
          + "€ 289.467,21");
    }
    return fromParts(original, m.group(1), m.group(2), m.group(3));
  }

  private static Money parseDutch(String original, String t) {
    Matcher m = DUTCH.matcher(t);
    if (!m.matches()) {
      throw malformed(original, "Dutch notation such as € 289.467,21, € 1.400.000,-- or "
          + "130.500,00");
    }
    String sign1 = m.group(1);
    String sign2 = m.group(2);
    if (!sign1.isEmpty() && !sign2.isEmpty()) {
      throw malformed(original, "at most one sign");
    }
    String decimals = m.group(4);
    if (decimals != null && decimals.startsWith("-")) {
      decimals = null;
    }
    return fromParts(original, sign1 + sign2, m.group(3).replace(".", ""), decimals);
  }

  private static Money fromParts(String original, String sign, String whole,
      @Nullable String decimals) {
    if (decimals != null && decimals.length() > 2) {
      throw new IllegalArgumentException(
          "Money text '" + original + "' has more than two decimals; expected whole cents");
    }
    String cents = decimals == null ? "00" : (decimals + "00").substring(0, 2);
    BigInteger value = new BigInteger(whole + cents);
    if (sign.equals("-")) {
      value = value.negate();
    }
    if (value.bitLength() > 63) {
      throw new IllegalArgumentException(
          "Money text '" + original + "' is too large to hold in cents");
    }
    return ofCents(value.longValue());
  }

  private static IllegalArgumentException malformed(String original, String expected) {
    return new IllegalArgumentException(
        "Money text '" + original + "' is not an amount; expected " + expected);
  }

  /**
   * Adds up amounts.
   *
   * @param amounts the amounts, not null, no null elements
   * @return their sum, zero for none
   * @throws MoneyOverflowException if the total is outside the range Money holds; the message
   *     says "sum of amounts"
   */
  public static Money sum(Iterable<Money> amounts) {
    return sum(amounts, Quantity.of(Money.class, "sum"));
  }

  /**
   * Adds up amounts exactly, naming the sum in the error if it is outside the range Money holds.
   *
   * <p>The sum is exact whatever the order: a partial sum may leave the range as long as the
   * total comes back into it (see {@link ExactSum}).
   *
   * @param amounts the amounts, not null, no null elements
   * @param quantity what the sum is, for the error, such as {@code Quantity.of(Money.class,
   *     "budget.spending", 2023)} (total spending of budget 2023), not null
   * @return their sum, zero for none
   * @throws MoneyOverflowException naming {@code quantity} if the total is outside the range
   */
  public static Money sum(Iterable<Money> amounts, Quantity quantity) {
    requireNonNull(amounts, "amounts");
    requireNonNull(quantity, "quantity");
    ExactSum sum = new ExactSum();
    for (Money m : amounts) {
      sum.add(requireNonNull(m, "amounts element"));
    }
    return sum.total(quantity);
  }

  /**
   * The amount in cents.
   *
   * @return the number of cents, any sign
   */
  public long cents() {
    return cents;
  }

  /**
   * The amount in euros.
   *
   * @return the amount at scale 2
   */
  public BigDecimal amount() {
    return BigDecimal.valueOf(cents, 2);
  }

  /**
   * The sum of this amount and another.
   *
   * @param other the amount to add, not null
   * @return the sum
   * @throws MoneyOverflowException on overflow
   */
  public Money plus(Money other) {
    requireNonNull(other, "other");
    long r = cents + other.cents;
    if (((cents ^ r) & (other.cents ^ r)) < 0) {
      throw new MoneyOverflowException(Quantity.of(Money.class, "plus", this, other));
    }
    return ofCents(r);
  }

  /**
   * The difference of this amount and another.
   *
   * @param other the amount to subtract, not null
   * @return this minus {@code other}
   * @throws MoneyOverflowException on overflow
   */
  public Money minus(Money other) {
    requireNonNull(other, "other");
    long r = cents - other.cents;
    if (((cents ^ other.cents) & (cents ^ r)) < 0) {
      throw new MoneyOverflowException(Quantity.of(Money.class, "minus", this, other));
    }
    return ofCents(r);
  }

  /**
   * This amount times a whole number, exactly.
   *
   * @param factor the factor, any sign
   * @return the product
   * @throws MoneyOverflowException on overflow
   */
  public Money multipliedBy(long factor) {
    long hi = Math.multiplyHigh(cents, factor);
    long lo = cents * factor;
    if (hi != (lo >> 63)) {
      throw new MoneyOverflowException(Quantity.of(Money.class, "times", this, factor));
    }
    return ofCents(lo);
  }

  /**
   * This amount times a factor, rounded to the cent.
   *
   * @param factor the factor, not null
   * @param rounding how to round to the cent, not null
   * @return the rounded product
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and rounding is
   *     needed
   * @throws MoneyOverflowException on overflow
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    requireNonNull(factor, "factor");
    requireNonNull(rounding, "rounding");
    return of(amount().multiply(factor), rounding);
  }

  /**
   * This amount divided by a whole number, rounded to the cent.
   *
   * @param divisor the divisor, not zero
   * @param rounding how to round to the cent, not null
   * @return the rounded quotient
   * @throws IllegalArgumentException if {@code divisor} is zero
   * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and rounding is needed
   * @throws MoneyOverflowException for {@link #MIN} divided by -1
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    checkArgument(divisor != 0, "divisor must not be zero");
    if (cents == Long.MIN_VALUE && divisor == -1) {
      throw new MoneyOverflowException(Quantity.of(Money.class, "dividedByMinusOne", this));
    }
    return ofCents(
        BigDecimal.valueOf(cents).divide(BigDecimal.valueOf(divisor), 0, rounding).longValueExact());
  }

  /**
   * The amount with the opposite sign.
   *
   * @return minus this amount
   * @throws MoneyOverflowException for {@link #MIN}, whose opposite Money does not hold
   */
  public Money negated() {
    if (cents == Long.MIN_VALUE) {
      throw new MoneyOverflowException(Quantity.of(Money.class, "negated", this));
    }
    return ofCents(-cents);
  }

  /**
   * The amount without its sign.
   *
   * @return the absolute amount
   * @throws MoneyOverflowException for {@link #MIN}
   */
  public Money abs() {
    return cents < 0 ? negated() : this;
  }

  /**
   * The sign of the amount.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return Long.signum(cents);
  }

  /**
   * Whether the amount is zero.
   *
   * @return true for zero euros
   */
  public boolean isZero() {
    return cents == 0;
  }

  /**
   * Whether the amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return cents < 0;
  }

  /**
   * Whether the amount is above zero.
   *
   * @return true for a positive amount
   */
  public boolean isPositive() {
    return cents > 0;
  }

  /**
   * Whether this amount is greater than another.
   *
   * @param other the amount to compare with, not null
   * @return true if this amount is greater
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Whether this amount is less than another.
   *
   * @param other the amount to compare with, not null
   * @return true if this amount is less
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * The amount in plain notation, as machines read it: {@code 289467.21}, {@code -0.05}.
   *
   * @return the amount with a {@code .} and exactly two decimals, no grouping
   */
  public String toPlainString() {
    return amount().toPlainString();
  }

  /**
   * The amount in Dutch number notation without the currency sign: {@code 289.467,21}.
   *
   * <p>Built from fixed symbols, so the result does not depend on the default locale.
   *
   * @return the amount with {@code .} grouping thousands and {@code ,} before the cents
   */
  public String toDutchNumber() {
    StringBuilder digits = new StringBuilder(BigInteger.valueOf(cents).abs().toString());
    while (digits.length() < 3) {
      digits.insert(0, '0');
    }
    String euros = digits.substring(0, digits.length() - 2);
    StringBuilder out = new StringBuilder(cents < 0 ? "-" : "");
    int lead = euros.length() % 3 == 0 ? 3 : euros.length() % 3;
    out.append(euros, 0, lead);
    for (int i = lead; i < euros.length(); i += 3) {
      out.append('.').append(euros, i, i + 3);
    }
    return out.append(',').append(digits, digits.length() - 2, digits.length()).toString();
  }

  /**
   * The amount in Dutch notation with the euro sign: {@code € 289.467,21}, {@code € -5,00}.
   *
   * @return the formatted amount
   */
  public String toDutchString() {
    return "€ " + toDutchNumber();
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents, other.cents);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Money && ((Money) obj).cents == cents;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(cents);
  }

  /**
   * The amount with its currency, for logs and messages: {@code EUR 289467.21}.
   *
   * @return a readable form; use {@link #toPlainString()} or {@link #toDutchString()} for output
   */
  @Override
  public String toString() {
    return "EUR " + toPlainString();
  }
}
