package nl.dutchtechzone.finance.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;

/**
 * Renders messages that carry a key and arguments from one family of resource bundles of
 * dtz-finance: the validation messages, and the contribution messages (missing figures, register
 * conflicts, figure choices, settlement-chain notes).
 *
 * <p>A message is a pattern with placeholders {@code {0}}, {@code {1}}, …, replaced by the
 * arguments; there is no other syntax (a quote is a quote). Arguments are formatted for the
 * language: {@link Money} in the notation the bundle's {@code money.notation} names ({@code
 * plain}: {@code EUR 289467.21}; {@code dutch}: {@code € 289.467,21}), a {@link BigDecimal} with
 * the bundle's {@code decimal.separator}, numbers without grouping, dates in ISO notation, an enum
 * constant as the bundle's text for {@code SimpleName.CONSTANT} (itself a pattern over the same
 * arguments) or else its name.
 *
 * <p>The language rule: the bundle of the locale's language if there is one, else English (the
 * root bundle); a key the language's bundle lacks falls back to English. The default locale never
 * takes part, so a message reads the same on every machine; adding a language is adding bundle
 * files.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BundleMessages {

  private final String baseName;

  private BundleMessages(String baseName) {
    this.baseName = baseName;
  }

  /**
   * The messages of a bundle family of this module.
   *
   * @param baseName the base name, such as {@code nl.dutchtechzone.finance.validation.messages}
   * @return the messages
   */
  public static BundleMessages of(String baseName) {
    return new BundleMessages(requireNonNull(baseName, "baseName"));
  }

  /**
   * The bundle for a locale's language, or the English root bundle if the language has none.
   *
   * @param locale the locale
   * @return the bundle
   */
  public ResourceBundle bundle(Locale locale) {
    requireNonNull(locale, "locale");
    ResourceBundle b = ResourceBundle.getBundle(baseName, new Locale(locale.getLanguage()));
    // getBundle falls back to the default locale before the root; that must not decide.
    if (!b.getLocale().getLanguage().equals(locale.getLanguage())) {
      b = ResourceBundle.getBundle(baseName, Locale.ROOT);
    }
    return b;
  }

  /**
   * Whether the English bundle has a key.
   *
   * @param key the key
   * @return true if it has
   */
  public boolean hasKey(String key) {
    requireNonNull(key, "key");
    return bundle(Locale.ROOT).containsKey(key);
  }

  /**
   * The highest placeholder index in a pattern.
   *
   * @param pattern the pattern
   * @return the highest index, -1 for none
   */
  public static int placeholders(String pattern) {
    requireNonNull(pattern, "pattern");
    int max = -1;
    for (int i = pattern.indexOf('{'); i >= 0; i = pattern.indexOf('{', i + 1)) {
      int end = pattern.indexOf('}', i);
      if (end > i + 1 && pattern.substring(i + 1, end).chars().allMatch(Character::isDigit)) {
        max = Math.max(max, Integer.parseInt(pattern.substring(i + 1, end)));
      }
    }
    return max;
  }

  /**
   * Renders a message.
   *
   * @param key the key, which exists in the English bundle
   * @param arguments the arguments
   * @param locale the locale
   * @return the message
   * @throws IllegalStateException if the key is missing or an argument is lacking (a bug)
   */
  public String render(String key, List<?> arguments, Locale locale) {
    requireNonNull(key, "key");
    requireNonNull(arguments, "arguments");
    ResourceBundle b = bundle(locale);
    return fill(text(b, key), arguments, b);
  }

  /**
   * The text of a key as a person of a locale reads it, without arguments.
   *
   * @param key the key, which exists in the English bundle
   * @param locale the locale
   * @return the text
   * @throws IllegalStateException if the key is missing (a bug)
   */
  public String text(String key, Locale locale) {
    requireNonNull(key, "key");
    return text(bundle(locale), key);
  }

  private String text(ResourceBundle b, String key) {
    try {
      return b.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("message key '" + key + "' is missing from the bundles "
          + baseName + " of dtz-finance", e);
    }
  }

  private static String fill(String pattern, List<?> arguments, ResourceBundle b) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int end = c == '{' ? pattern.indexOf('}', i) : -1;
      if (end > i + 1 && pattern.substring(i + 1, end).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(pattern.substring(i + 1, end));
        if (n >= arguments.size()) {
          throw new IllegalStateException("message '" + pattern + "' needs argument " + n
              + ", but there are " + arguments.size());
        }
        out.append(format(arguments.get(n), arguments, b));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String format(Object a, List<?> arguments, ResourceBundle b) {
    if (a instanceof Money) {
      Money m = (Money) a;
      return "dutch".equals(b.getString("money.notation")) ? m.toDutchString()
          : "EUR " + m.toPlainString();
    }
    if (a instanceof BigDecimal) {
      return ((BigDecimal) a).toPlainString().replace(".", b.getString("decimal.separator"));
    }
    if (a instanceof Enum) {
      Enum<?> e = (Enum<?>) a;
      String key = e.getDeclaringClass().getSimpleName() + "." + e.name();
      return b.containsKey(key) ? fill(b.getString(key), arguments, b) : e.name();
    }
    if (a instanceof LocalDate) {
      return a.toString();
    }
    if (a instanceof LocalizedText) {
      return ((LocalizedText) a).in(b.getLocale());
    }
    return String.valueOf(a);
  }
}
