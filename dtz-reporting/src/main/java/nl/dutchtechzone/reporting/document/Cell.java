package nl.dutchtechzone.reporting.document;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import nl.dutchtechzone.core.money.Money;

/**
 * One typed value of a {@link Table}, a {@link KeyFigure}, a {@link Field} or a chart: the value
 * itself, not its text, so that a spreadsheet gets a number and every human-readable format
 * writes it in the one notation of {@link Notation}.
 *
 * <p>The kinds are the nested records; {@link #type()} tells them apart without
 * {@code instanceof}. More kinds may be added in later versions: a renderer should treat a type
 * it does not know as text ({@link Notation#format(Cell)} always works).
 *
 * <p>Every cell is immutable and thread-safe.
 */
public sealed interface Cell permits Cell.Text, Cell.Label, Cell.Amount, Cell.Rate, Cell.Count,
    Cell.Number, Cell.Percent, Cell.Date, Cell.Year, Cell.Reference, Cell.Empty {

  /**
   * The kind of value.
   *
   * @return the type
   */
  CellType type();

  /**
   * A text cell.
   *
   * @param text the text, not null
   * @return the cell
   */
  static Text text(String text) {
    return new Text(text);
  }

  /**
   * A word from the bundles with its stable key.
   *
   * @param key the key, such as {@code status.done}, not null
   * @param text the word in the document's language, not null
   * @return the cell
   */
  static Label label(String key, String text) {
    return new Label(key, text);
  }

  /**
   * A money cell.
   *
   * @param amount the amount, not null
   * @return the cell
   */
  static Amount money(Money amount) {
    return new Amount(amount);
  }

  /**
   * A rate in euros.
   *
   * @param euros the rate, not null
   * @return the cell
   */
  static Rate rate(BigDecimal euros) {
    return new Rate(euros);
  }

  /**
   * A count.
   *
   * @param value the count
   * @return the cell
   */
  static Count count(long value) {
    return new Count(value);
  }

  /**
   * A number without a unit.
   *
   * @param value the number, not null
   * @return the cell
   */
  static Number number(BigDecimal value) {
    return new Number(value, Optional.empty());
  }

  /**
   * A number with a unit.
   *
   * @param value the number, not null
   * @param unit the unit as a person reads it, not null
   * @return the cell
   */
  static Number number(BigDecimal value, String unit) {
    return new Number(value, Optional.of(unit));
  }

  /**
   * A percentage.
   *
   * @param percent the percentage, such as 12.5, not null
   * @return the cell
   */
  static Percent percent(BigDecimal percent) {
    return new Percent(percent);
  }

  /**
   * A date.
   *
   * @param date the date, not null
   * @return the cell
   */
  static Date date(LocalDate date) {
    return new Date(date);
  }

  /**
   * A year.
   *
   * @param year the year
   * @return the cell
   */
  static Year year(int year) {
    return new Year(year);
  }

  /**
   * An id with the name a person reads.
   *
   * @param id the stable id, not null
   * @param name the display name, not null
   * @return the cell
   */
  static Reference reference(String id, String name) {
    return new Reference(id, name);
  }

  /**
   * The empty cell.
   *
   * @return the cell
   */
  static Empty empty() {
    return Empty.INSTANCE;
  }

  /**
   * A text written by a person or taken from the bundles.
   *
   * @param text the text, not null
   */
  record Text(String text) implements Cell {
    /**
     * Checks the text.
     *
     * @param text the text, not null
     */
    public Text {
      requireNonNull(text, "Cell.Text.text");
    }

    @Override
    public CellType type() {
      return CellType.TEXT;
    }
  }

  /**
   * A word from the bundles with its stable key, such as a status ({@code status.done}) or a
   * severity ({@code severity.error}); renderers may style by the key.
   *
   * @param key the stable key, not null
   * @param text the word in the document's language, not null
   */
  record Label(String key, String text) implements Cell {
    /**
     * Checks the parts.
     *
     * @param key the key, not null
     * @param text the word, not null
     */
    public Label {
      requireNonNull(key, "Cell.Label.key");
      requireNonNull(text, "Cell.Label.text");
    }

    @Override
    public CellType type() {
      return CellType.LABEL;
    }
  }

  /**
   * An amount of money, exact to the cent.
   *
   * @param amount the amount, not null
   */
  record Amount(Money amount) implements Cell {
    /**
     * Checks the amount.
     *
     * @param amount the amount, not null
     */
    public Amount {
      requireNonNull(amount, "Cell.Amount.amount");
    }

    @Override
    public CellType type() {
      return CellType.MONEY;
    }
  }

  /**
   * A rate in euros with as many decimals as it has (at least two when written).
   *
   * @param euros the rate, not null
   */
  record Rate(BigDecimal euros) implements Cell {
    /**
     * Checks the rate.
     *
     * @param euros the rate, not null
     */
    public Rate {
      requireNonNull(euros, "Cell.Rate.euros");
    }

    @Override
    public CellType type() {
      return CellType.RATE;
    }
  }

  /**
   * A whole number of things.
   *
   * @param value the count
   */
  record Count(long value) implements Cell {
    @Override
    public CellType type() {
      return CellType.COUNT;
    }
  }

  /**
   * A decimal number, possibly with a unit.
   *
   * @param value the number, not null
   * @param unit the unit as a person reads it, or empty
   */
  record Number(BigDecimal value, Optional<String> unit) implements Cell {
    /**
     * Checks the parts.
     *
     * @param value the number, not null
     * @param unit the unit, not null
     */
    public Number {
      requireNonNull(value, "Cell.Number.value");
      requireNonNull(unit, "Cell.Number.unit");
    }

    @Override
    public CellType type() {
      return CellType.NUMBER;
    }
  }

  /**
   * A percentage: 12.5 means twelve and a half per cent.
   *
   * @param percent the percentage, not null
   */
  record Percent(BigDecimal percent) implements Cell {
    /**
     * Checks the percentage.
     *
     * @param percent the percentage, not null
     */
    public Percent {
      requireNonNull(percent, "Cell.Percent.percent");
    }

    @Override
    public CellType type() {
      return CellType.PERCENT;
    }
  }

  /**
   * A calendar date.
   *
   * @param date the date, not null
   */
  record Date(LocalDate date) implements Cell {
    /**
     * Checks the date.
     *
     * @param date the date, not null
     */
    public Date {
      requireNonNull(date, "Cell.Date.date");
    }

    @Override
    public CellType type() {
      return CellType.DATE;
    }
  }

  /**
   * A calendar year.
   *
   * @param year the year
   */
  record Year(int year) implements Cell {
    @Override
    public CellType type() {
      return CellType.YEAR;
    }
  }

  /**
   * A stable id with the name a person reads: human-readable formats show the name, machine
   * formats the id.
   *
   * @param id the id, not null
   * @param name the display name, not null
   */
  record Reference(String id, String name) implements Cell {
    /**
     * Checks the parts.
     *
     * @param id the id, not null
     * @param name the name, not null
     */
    public Reference {
      requireNonNull(id, "Cell.Reference.id");
      requireNonNull(name, "Cell.Reference.name");
    }

    @Override
    public CellType type() {
      return CellType.REFERENCE;
    }
  }

  /** No value. */
  record Empty() implements Cell {
    private static final Empty INSTANCE = new Empty();

    @Override
    public CellType type() {
      return CellType.EMPTY;
    }
  }

  /**
   * The amount of a money cell.
   *
   * @param cell the cell, not null
   * @return the amount if the cell holds money, else empty
   */
  static Optional<Money> moneyOf(Cell cell) {
    requireNonNull(cell, "cell");
    return cell instanceof Amount a ? Optional.of(a.amount()) : Optional.empty();
  }
}
