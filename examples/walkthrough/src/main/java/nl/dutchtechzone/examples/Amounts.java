package nl.dutchtechzone.examples;

import java.util.Locale;
import nl.dutchtechzone.core.money.Money;

/** Money for people to read, in Dutch or English notation, independent of the default locale. */
final class Amounts {

  private Amounts() {}

  /**
   * The amount with the euro sign: {@code € 102.121,79} in Dutch, {@code € 102,121.79} in
   * English.
   */
  static String format(Money amount, Locale locale) {
    String dutch = amount.toDutchNumber();
    if (!locale.getLanguage().equals("en")) {
      return "€ " + dutch;
    }
    StringBuilder english = new StringBuilder(dutch.length());
    for (int i = 0; i < dutch.length(); i++) {
      char c = dutch.charAt(i);
      english.append(c == '.' ? ',' : c == ',' ? '.' : c);
    }
    return "€ " + english;
  }
}
