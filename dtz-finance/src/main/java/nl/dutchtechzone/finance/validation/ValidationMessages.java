package nl.dutchtechzone.finance.validation;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.dutchtechzone.core.money.Money;

/**
 * Renders violation messages from the validation message bundles.
 *
 * <p>The bundles are {@code nl/dutchtechzone/finance/validation/messages*.properties} in this
 * module: {@code messages.properties} is English and the fallback of every other language,
 * {@code messages_nl.properties} is Dutch. A message is a pattern with placeholders {@code {0}},
 * {@code {1}}, …, replaced by the violation's arguments; there is no other syntax (a quote is a
 * quote). Arguments are formatted for the language: {@link Money} in the notation the bundle's
 * {@code money.notation} names ({@code plain}: {@code EUR 289467.21}; {@code dutch}: {@code
 * € 289.467,21}), a {@link BigDecimal} with the bundle's {@code decimal.separator}, numbers
 * without grouping, dates in ISO notation, an enum constant as the bundle's text for {@code
 * SimpleName.CONSTANT} (itself a pattern over the same arguments) or else its name.
 *
 * <p>The lookup does not depend on the default locale: a language without a bundle gets English,
 * whatever the machine's locale.
 */
final class ValidationMessages {

  /** The Dutch locale. */
  static final Locale DUTCH = new Locale("nl");

  private static final String BUNDLE = "nl.dutchtechzone.finance.validation.messages";

  private ValidationMessages() {}

  /**
   * The bundle for a locale's language, or the English root bundle if the language has none.
   *
   * @param locale the locale
   * @return the bundle
   */
  static ResourceBundle bundle(Locale locale) {
    ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
    // getBundle falls back to the default locale before the root; that must not decide.
    if (!b.getLocale().getLanguage().equals(locale.getLanguage())) {
      b = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    }
    return b;
  }

  /**
   * Whether the English bundle has a key.
   *
   * @param key the key
   * @return true if it has
   */
  static boolean hasKey(String key) {
    return bundle(Locale.ROOT).containsKey(key);
  }

  /**
   * Checks that a key exists and that there are arguments for all of its placeholders.
   *
   * @param code the code of the violation, for the message
   * @param key the key
   * @param arguments the number of arguments
   * @throws IllegalArgumentException naming the key, if not
   */
  static void checkKey(String code, String key, int arguments) {
    ResourceBundle root = bundle(Locale.ROOT);
    checkArgument(root.containsKey(key),
        "Violation.messageKey of %s must be a key of the validation messages, got '%s'", code,
        key);
    int needed = placeholders(root.getString(key)) + 1;
    checkArgument(arguments >= needed,
        "Violation of %s with messageKey '%s' needs %s argument(s), got %s", code, key, needed,
        arguments);
  }

  /**
   * The highest placeholder index in a pattern.
   *
   * @param pattern the pattern
   * @return the highest index, -1 for none
   */
  static int placeholders(String pattern) {
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
   */
  static String render(String key, List<Object> arguments, Locale locale) {
    ResourceBundle b = bundle(locale);
    return fill(text(b, key), arguments, b);
  }

  /**
   * The text of a key as a person of a locale reads it, without arguments.
   *
   * @param key the key, which exists in the English bundle
   * @param locale the locale
   * @return the text
   */
  static String text(String key, Locale locale) {
    return text(bundle(locale), key);
  }

  private static String text(ResourceBundle b, String key) {
    try {
      return b.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("validation message key '" + key
          + "' is missing from the bundles of dtz-finance", e);
    }
  }

  private static String fill(String pattern, List<Object> arguments, ResourceBundle b) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int end = c == '{' ? pattern.indexOf('}', i) : -1;
      if (end > i + 1 && pattern.substring(i + 1, end).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(pattern.substring(i + 1, end));
        if (n >= arguments.size()) {
          throw new IllegalStateException("validation message '" + pattern + "' needs argument "
              + n + ", but the violation has " + arguments.size());
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

  private static String format(Object a, List<Object> arguments, ResourceBundle b) {
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
    return String.valueOf(a);
  }
}
