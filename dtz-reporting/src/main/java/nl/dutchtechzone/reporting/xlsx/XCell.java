package nl.dutchtechzone.reporting.xlsx;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.dutchtechzone.core.money.Money;

/**
 * One typed cell of a sheet: text (always a string cell), money (whole cents, shown with a euro
 * format), a count (an integer), a percentage (a fraction shown with a percent format), a date, or
 * a {@code SUM} over the cells above it in its column with the computed value stored.
 *
 * <p>This class is immutable and thread-safe.
 */
final class XCell {

  /** What a cell holds; each kind has its number format. */
  enum Kind {
    /** A string cell; never a formula, whatever the text starts with. */
    TEXT,
    /** Whole cents, written as a number in euros with the euro format. */
    MONEY,
    /** An integer with grouped thousands. */
    COUNT,
    /** A fraction (0.125 is 12.5 %) with the percent format. */
    PERCENT,
    /** A date, written as a spreadsheet serial day number with the date format. */
    DATE,
    /** A euro rate with two to five decimals, such as EUR 0.505 per inhabitant. */
    RATE,
    /** Any other exact number, in the general format. */
    NUMBER
  }

  /**
   * The largest amount a spreadsheet holds to the cent: 15 significant digits, so at most
   * 9,999,999,999,999.99 euros either way. A double carries 15 to 17; past 15 a spreadsheet
   * rounds.
   */
  static final long MAX_EXACT_CENTS = 999_999_999_999_999L;

  /** Day 0 of the spreadsheet day numbers (1900 system, Lotus leap-year bug included). */
  private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

  final Kind kind;
  final boolean bold;
  /** The text of a TEXT cell; null otherwise. */
  final String text;
  /** Cents of MONEY, the value of COUNT, the serial day of DATE, the stored value of a SUM. */
  final long number;
  /** The fraction of a PERCENT cell, the value of a RATE or NUMBER cell; null otherwise. */
  final BigDecimal decimal;
  /** The first and last row (zero-based, inclusive) a SUM adds up; -1 for a plain value. */
  final int sumFrom;
  final int sumTo;
  /** The unit a NUMBER cell shows after its value, or null. */
  final String unit;

  private XCell(Kind kind, boolean bold, String text, long number, BigDecimal decimal,
      int sumFrom, int sumTo) {
    this(kind, bold, text, number, decimal, sumFrom, sumTo, null);
  }

  private XCell(Kind kind, boolean bold, String text, long number, BigDecimal decimal,
      int sumFrom, int sumTo, String unit) {
    this.unit = unit;
    this.kind = kind;
    this.bold = bold;
    this.text = text;
    this.number = number;
    this.decimal = decimal;
    this.sumFrom = sumFrom;
    this.sumTo = sumTo;
  }

  /**
   * A string cell.
   *
   * @param text the text, not null; stored as written, never read as a formula
   * @return the cell
   */
  static XCell text(String text) {
    return new XCell(Kind.TEXT, false, requireNonNull(text, "text"), 0, null, -1, -1);
  }

  /**
   * A bold string cell, for headings and the labels of total rows.
   *
   * @param text the text, not null
   * @return the cell
   */
  static XCell bold(String text) {
    return new XCell(Kind.TEXT, true, requireNonNull(text, "text"), 0, null, -1, -1);
  }

  /**
   * A money cell.
   *
   * @param amount the amount, not null
   * @return the cell
   * @throws IllegalArgumentException if the amount has more than 15 significant digits in cents
   */
  static XCell money(Money amount) {
    return new XCell(Kind.MONEY, false, null, exactCents(amount.cents(), "amount"), null, -1, -1);
  }

  /**
   * A count cell.
   *
   * @param value the count
   * @return the cell
   */
  static XCell count(long value) {
    return new XCell(Kind.COUNT, false, null, value, null, -1, -1);
  }

  /**
   * A percentage cell.
   *
   * @param percent the percentage, not null: {@code 12.5} is 12.5 %
   * @return the cell, holding the fraction {@code 0.125}
   */
  static XCell percent(BigDecimal percent) {
    return new XCell(Kind.PERCENT, false, null, 0, percent.movePointLeft(2), -1, -1);
  }

  /**
   * A euro rate cell.
   *
   * @param rate the rate in euros, not null
   * @return the cell
   */
  static XCell rate(BigDecimal rate) {
    return new XCell(Kind.RATE, false, null, 0, requireNonNull(rate, "rate"), -1, -1);
  }

  /**
   * A number cell, for figures that are neither money nor counts, in the general format.
   *
   * @param value the number, not null
   * @param unit the unit shown after the number (as part of its number format, so the cell stays
   *     a number), or null for none
   * @return the cell
   */
  static XCell number(BigDecimal value, String unit) {
    return new XCell(Kind.NUMBER, false, null, 0, requireNonNull(value, "value"), -1, -1,
        unit == null || unit.isEmpty() ? null : unit);
  }

  /**
   * A year, as a number without grouping ({@code 2022}, not {@code 2,022}).
   *
   * @param year the year
   * @return the cell
   */
  static XCell year(int year) {
    return new XCell(Kind.NUMBER, false, null, 0, BigDecimal.valueOf(year), -1, -1);
  }

  /**
   * A date cell.
   *
   * @param date the date, not null, from 1 March 1900 on
   * @return the cell
   * @throws IllegalArgumentException if the date is before 1 March 1900, where the spreadsheet
   *     day numbers are off by one
   */
  static XCell date(LocalDate date) {
    if (date.isBefore(LocalDate.of(1900, 3, 1))) {
      throw new IllegalArgumentException("date " + date
          + " is before 1900-03-01, the first day a spreadsheet numbers correctly");
    }
    return new XCell(Kind.DATE, false, null, ChronoUnit.DAYS.between(EPOCH, date), null, -1, -1);
  }

  /**
   * A bold {@code SUM} over rows {@code from..to} of its column with its value stored.
   *
   * @param kind MONEY or COUNT
   * @param from the first row, zero-based
   * @param to the last row, zero-based, at least {@code from}
   * @param value the sum of the cells in that range
   * @return the cell
   */
  static XCell sum(Kind kind, int from, int to, long value) {
    if (kind != Kind.MONEY && kind != Kind.COUNT) {
      throw new IllegalArgumentException("a SUM adds MONEY or COUNT cells, not " + kind);
    }
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("SUM range rows " + from + ".." + to
          + ": expected 0 <= from <= to");
    }
    return new XCell(kind, true, null, kind == Kind.MONEY ? exactCents(value, "sum") : value,
        null, from, to);
  }

  /**
   * This cell in bold.
   *
   * @return a bold copy
   */
  XCell inBold() {
    return new XCell(kind, true, text, number, decimal, sumFrom, sumTo, unit);
  }

  /**
   * Whether this cell is a {@code SUM} formula.
   *
   * @return true for a SUM
   */
  boolean isSum() {
    return sumFrom >= 0;
  }

  private static long exactCents(long cents, String what) {
    if (cents > MAX_EXACT_CENTS || cents < -MAX_EXACT_CENTS) {
      throw new IllegalArgumentException(what + " " + Money.ofCents(cents).toPlainString()
          + " has more than 15 significant digits: a spreadsheet cannot hold it to the cent"
          + " (expected at most 9999999999999.99 either way)");
    }
    return cents;
  }
}
