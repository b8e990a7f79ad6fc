package nl.dutchtechzone.reporting.document;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import nl.dutchtechzone.core.money.Money;

/**
 * The one notation per kind of value that every human-readable format uses, built from explicit
 * symbols so that it never depends on the JVM's default locale.
 *
 * <table>
 *   <caption>Notation per kind of value</caption>
 *   <tr><th>kind</th><th>Dutch</th><th>English</th></tr>
 *   <tr><td>money</td><td>{@code € 1.234,56}, {@code € -1.234,56}</td>
 *       <td>{@code € 1,234.56}, {@code € -1,234.56}</td></tr>
 *   <tr><td>rate</td><td>{@code € 0,50}, {@code € 0,505}</td>
 *       <td>{@code € 0.50}, {@code € 0.505}</td></tr>
 *   <tr><td>count, number</td><td>{@code 259.290}, {@code 1,5 uur}</td>
 *       <td>{@code 259,290}, {@code 1.5 hours}</td></tr>
 *   <tr><td>percentage (two decimals, half-up)</td><td>{@code 0,00 %}, {@code -0,64 %}</td>
 *       <td>{@code 0.00%}, {@code -0.64%}</td></tr>
 *   <tr><td>date</td><td>{@code 16 mei 2023}</td><td>{@code 16 May 2023}</td></tr>
 *   <tr><td>year</td><td>{@code 2023}</td><td>{@code 2023}</td></tr>
 *   <tr><td>reference</td><td colspan="2">the display name, never the id</td></tr>
 * </table>
 *
 * <p>The symbols come from the document texts of the language ({@code notation.decimal},
 * {@code notation.grouping}, and {@code notation.percent}, a pattern such as {@code {0} %}), so a
 * language's bundle file gives its notation as it gives its words; a language whose file does
 * not give them writes numbers the English way, as it falls back to English for every text it
 * lacks. Money is always euros, the sign {@code €} first. This class is immutable and
 * thread-safe.
 */
public final class Notation {

  /** The bundle keys of the symbols: one character each, and a pattern around {@code {0}}. */
  static final String DECIMAL_KEY = "notation.decimal";
  static final String GROUPING_KEY = "notation.grouping";
  static final String PERCENT_KEY = "notation.percent";

  private final Texts texts;
  private final char decimal;
  private final char grouping;
  private final String percentBefore;
  private final String percentAfter;

  private Notation(Texts texts) {
    this.texts = texts;
    this.decimal = symbol(texts, DECIMAL_KEY);
    this.grouping = symbol(texts, GROUPING_KEY);
    if (decimal == grouping) {
      throw new IllegalArgumentException("Texts of '" + texts.locale().toLanguageTag() + "': "
          + DECIMAL_KEY + " and " + GROUPING_KEY + " are both '" + decimal
          + "', expected two different characters");
    }
    String pattern = texts.get(PERCENT_KEY);
    int at = pattern.indexOf("{0}");
    if (at < 0 || pattern.indexOf("{0}", at + 1) >= 0) {
      throw new IllegalArgumentException("Texts of '" + texts.locale().toLanguageTag() + "': "
          + PERCENT_KEY + " is '" + pattern + "', expected one {0} where the number goes");
    }
    this.percentBefore = pattern.substring(0, at);
    this.percentAfter = pattern.substring(at + 3);
  }

  private static char symbol(Texts texts, String key) {
    String value = texts.get(key);
    if (value.length() != 1 || Character.isDigit(value.charAt(0))
        || value.charAt(0) == '-') {
      throw new IllegalArgumentException("Texts of '" + texts.locale().toLanguageTag() + "': "
          + key + " is '" + value + "', expected one character that is no digit and no '-'");
    }
    return value.charAt(0);
  }

  /**
   * The notation of a language.
   *
   * @param locale the locale, not null; only its language counts
   * @return the notation
   */
  public static Notation of(Locale locale) {
    return new Notation(Texts.of(locale));
  }

  /**
   * A cell as text.
   *
   * @param cell the cell, not null
   * @return the value in this notation; the empty string for an empty cell
   */
  public String format(Cell cell) {
    requireNonNull(cell, "cell");
    if (cell instanceof Cell.Text c) {
      return c.text();
    } else if (cell instanceof Cell.Label c) {
      return c.text();
    } else if (cell instanceof Cell.Amount c) {
      return money(c.amount());
    } else if (cell instanceof Cell.Rate c) {
      return rate(c.euros());
    } else if (cell instanceof Cell.Count c) {
      return count(c.value());
    } else if (cell instanceof Cell.Number c) {
      return number(c.value()) + c.unit().map(u -> " " + u).orElse("");
    } else if (cell instanceof Cell.Percent c) {
      return percent(c.percent());
    } else if (cell instanceof Cell.Date c) {
      return texts.date(c.date());
    } else if (cell instanceof Cell.Year c) {
      return Integer.toString(c.year());
    } else if (cell instanceof Cell.Reference c) {
      return c.name();
    }
    return "";
  }

  /**
   * An amount: the euro sign, a space, the sign if negative, grouped digits and two decimals.
   *
   * @param amount the amount, not null
   * @return such as {@code € -1.234,56}
   */
  public String money(Money amount) {
    requireNonNull(amount, "amount");
    return "€ " + moneyNumber(amount);
  }

  /**
   * An amount without the euro sign.
   *
   * @param amount the amount, not null
   * @return such as {@code -1.234,56}
   */
  public String moneyNumber(Money amount) {
    requireNonNull(amount, "amount");
    return grouped(BigDecimal.valueOf(amount.cents(), 2));
  }

  /**
   * A rate in euros with at least two decimals and all that it has.
   *
   * @param euros the rate, not null
   * @return such as {@code € 0,505}
   */
  public String rate(BigDecimal euros) {
    requireNonNull(euros, "euros");
    BigDecimal v = euros.stripTrailingZeros();
    if (v.scale() < 2) {
      v = v.setScale(2, RoundingMode.UNNECESSARY);
    }
    return "€ " + grouped(v);
  }

  /**
   * A count with grouped thousands.
   *
   * @param value the count
   * @return such as {@code 259.290}
   */
  public String count(long value) {
    return grouped(BigDecimal.valueOf(value));
  }

  /**
   * A number with grouped thousands and as many decimals as it has, trailing zeros dropped.
   *
   * @param value the number, not null
   * @return such as {@code 1.234,5}
   */
  public String number(BigDecimal value) {
    requireNonNull(value, "value");
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0, RoundingMode.UNNECESSARY);
    }
    return grouped(v);
  }

  /**
   * A percentage with two decimals, rounded half-up.
   *
   * @param percent the percentage, such as 12.5, not null
   * @return such as {@code 12,50 %} or {@code 12.50%}
   */
  public String percent(BigDecimal percent) {
    requireNonNull(percent, "percent");
    String n = grouped(percent.setScale(2, RoundingMode.HALF_UP));
    return percentBefore + n + percentAfter;
  }

  private String grouped(BigDecimal v) {
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder out = new StringBuilder(plain.length() + 8);
    if (v.signum() < 0) {
      out.append('-');
    }
    int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    out.append(whole, 0, lead);
    char group = grouping;
    for (int i = lead; i < whole.length(); i += 3) {
      out.append(group).append(whole, i, i + 3);
    }
    if (!fraction.isEmpty()) {
      out.append(decimal).append(fraction);
    }
    return out.toString();
  }
}
