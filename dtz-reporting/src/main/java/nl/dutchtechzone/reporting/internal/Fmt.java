package nl.dutchtechzone.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;

/**
 * Number and money formatting for people, built from explicit symbols so that the output never
 * depends on the default locale: Dutch {@code 289.467,21}, English {@code 289,467.21}.
 *
 * <p>This class is thread-safe.
 */
public final class Fmt {

  private Fmt() {}

  /**
   * An amount with the euro sign: {@code € 289.467,21} or {@code € 289,467.21}.
   *
   * @param amount the amount
   * @param english whether to use English symbols
   * @return the formatted amount
   */
  public static String money(Money amount, boolean english) {
    return "€ " + moneyNumber(amount, english);
  }

  /**
   * An amount without the euro sign: {@code 289.467,21} or {@code 289,467.21}.
   *
   * @param amount the amount
   * @param english whether to use English symbols
   * @return the formatted amount
   */
  public static String moneyNumber(Money amount, boolean english) {
    String dutch = amount.toDutchNumber();
    return english ? swapSymbols(dutch) : dutch;
  }

  /**
   * A number with grouped thousands and as many decimals as it has (trailing zeros dropped):
   * {@code 1.234,5} or {@code 1,234.5}.
   *
   * @param value the number
   * @param english whether to use English symbols
   * @return the formatted number
   */
  public static String number(BigDecimal value, boolean english) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0, RoundingMode.UNNECESSARY);
    }
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder out = new StringBuilder(v.signum() < 0 ? "-" : "");
    int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    out.append(whole, 0, lead);
    char group = english ? ',' : '.';
    for (int i = lead; i < whole.length(); i += 3) {
      out.append(group).append(whole, i, i + 3);
    }
    if (!fraction.isEmpty()) {
      out.append(english ? '.' : ',').append(fraction);
    }
    return out.toString();
  }

  /**
   * An exact euro rate with at least two decimals and all that it has: {@code € 1,00}, {@code
   * € 0,505}.
   *
   * @param rate the rate
   * @param english whether to use English symbols
   * @return the formatted rate
   */
  public static String rate(BigDecimal rate, boolean english) {
    BigDecimal v = rate.stripTrailingZeros();
    String s = number(v.scale() < 2 ? v.setScale(2, RoundingMode.UNNECESSARY) : v, english);
    if (v.scale() < 2 && !s.contains(english ? "." : ",")) {
      s = s + (english ? ".00" : ",00");
    } else if (v.scale() < 2) {
      s = s + "0".repeat(2 - (s.length() - s.indexOf(english ? '.' : ',') - 1));
    }
    return "€ " + s;
  }

  /**
   * A whole number with grouped thousands.
   *
   * @param value the number
   * @param english whether to use English symbols
   * @return the formatted number
   */
  public static String number(long value, boolean english) {
    return number(BigDecimal.valueOf(value), english);
  }

  /**
   * A percentage: {@code 12,5 %} or {@code 12.5%}.
   *
   * @param percent the percentage, such as 12.5
   * @param english whether to use English symbols
   * @return the formatted percentage
   */
  public static String percent(BigDecimal percent, boolean english) {
    return number(percent, english) + (english ? "%" : " %");
  }

  /**
   * A number for a machine-read table: plain notation, no grouping, the given decimal mark.
   *
   * @param value the number
   * @param decimalComma whether to write a comma instead of a dot before the decimals
   * @return the number, such as {@code 289467.21} or {@code 289467,21}
   */
  public static String plain(BigDecimal value, boolean decimalComma) {
    String s = value.toPlainString();
    return decimalComma ? s.replace('.', ',') : s;
  }

  /**
   * A text in the wanted language.
   *
   * @param text the text
   * @param english whether English is wanted
   * @return the English reading if wanted and known, the Dutch text otherwise
   */
  public static String text(LocalizedText text, boolean english) {
    return english ? text.en().orElse(text.nl()) : text.nl();
  }

  private static String swapSymbols(String dutch) {
    StringBuilder s = new StringBuilder(dutch.length());
    for (int i = 0; i < dutch.length(); i++) {
      char c = dutch.charAt(i);
      s.append(c == '.' ? ',' : c == ',' ? '.' : c);
    }
    return s.toString();
  }
}
