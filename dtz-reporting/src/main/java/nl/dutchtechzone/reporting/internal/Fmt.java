package nl.dutchtechzone.reporting.internal;

import java.math.BigDecimal;
import nl.dutchtechzone.core.LocalizedText;

/**
 * The two formatting helpers the exporters share beyond the document model: choosing the
 * language of a text, and plain numbers for machine-read tables. Numbers for people are written
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
   * A text in the wanted language.
   *
   * @param text the text
   * @param english whether English is wanted (for any language other than Dutch)
   * @return the English reading if wanted and known, the Dutch text otherwise
   */
  public static String text(LocalizedText text, boolean english) {
    return english ? text.en().orElse(text.nl()) : text.nl();
  }
}
