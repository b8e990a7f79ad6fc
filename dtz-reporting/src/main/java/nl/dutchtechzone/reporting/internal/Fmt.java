package nl.dutchtechzone.reporting.internal;

import java.math.BigDecimal;

/**
 * The formatting helper the exporters share beyond the document model: plain numbers for
 * machine-read tables. Numbers for people are written by
 * {@link nl.dutchtechzone.reporting.document.Notation}; a text of the data in a language is
 * {@link nl.dutchtechzone.core.LocalizedText#in(java.util.Locale)}.
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
}
