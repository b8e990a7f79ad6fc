package nl.dutchtechzone.reporting.internal;

import java.math.BigDecimal;
import java.util.Locale;
import nl.dutchtechzone.core.LocalizedText;

/**
 * The two formatting helpers the exporters share beyond the document model: choosing the language
 * of a text of the data, and plain numbers for machine-read tables. Numbers for people are written
 * by {@link nl.dutchtechzone.reporting.document.Notation}.
 *
 * <p>This class is thread-safe.
 */
public final class Fmt {

  private Fmt() {}

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
   * A text of the data in the language of a locale. The data carry Dutch and, mostly, English:
   * Dutch gets the Dutch text; every other language gets the English reading, as every text a
   * language's bundle lacks falls back to English, and the Dutch text where there is no English
   * reading.
   *
   * @param text the text, not null
   * @param locale the locale, not null; only its language counts
   * @return the text to show
   */
  public static String text(LocalizedText text, Locale locale) {
    return locale.getLanguage().equals("nl") ? text.nl() : text.en().orElse(text.nl());
  }
}
