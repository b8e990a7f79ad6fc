package nl.dutchtechzone.core.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.dutchtechzone.core.language.Languages;

/**
 * Renders messages that carry a key and arguments from one family of resource bundles of a dtz
 * module: the validation and contribution messages of dtz-finance, and the overflow messages of
 * every dtz module ({@code MoneyOverflowException} and its {@code Quantity}). Which bundle a locale reads
 * is the one language rule of dtz, {@link Languages#bundle} ({@link #languageBundle}).
 *
 * <p>A message is a pattern with placeholders {@code {0}}, {@code {1}}, …, replaced by the
 * arguments; there is no other syntax (a quote is a quote). Arguments are formatted for the
 * language: an {@link Argument} formats itself from the bundle (an amount through {@link
 * #amount}: in the notation the bundle's {@code money.notation} names, {@code plain}: {@code EUR
 * 289467.21}, {@code dutch}: {@code € 289.467,21}), a {@link BigDecimal} with the bundle's {@code
 * decimal.separator}, numbers without grouping, dates in ISO notation, an enum constant as the
 * bundle's text for {@code SimpleName.CONSTANT} (itself a pattern over the same arguments) or
 * else its name. The dtz types among the arguments (amounts, localized texts, quantities) become
 * {@code Argument}s
 * before they get here, so that this package depends on the JDK (and the JDK-only language rule)
 * alone and no package of dtz-core depends on it in a cycle.
 *
 * <p>The language rule ({@link Languages}): the bundle of the locale's language if there is
 * one, else English (the root bundle); a key the language's bundle lacks falls back to English.
 * The default locale never takes part, so a message reads the same on every machine; adding a
 * language is adding bundle files.
 *
 * <p>A family is loaded by the module that holds it ({@link Loader}): on the module path, a
 * module's bundles are found by its own code, or by dtz-core's if the module opens their package
 * to {@code nl.dutchtechzone.core} ({@link #loaderOf}), as dtz-finance and dtz-reporting do for
 * the packages of their {@code Quantity} texts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BundleMessages {

  private final String baseName;
  private final Loader loader;

  private BundleMessages(String baseName, Loader loader) {
    this.baseName = baseName;
    this.loader = loader;
  }

  /**
   * How a family's bundle for one locale is loaded: by code of the module that holds the family,
   * {@code (name, locale) -> ResourceBundle.getBundle(name, locale)} written in that module, since
   * on the module path {@link ResourceBundle#getBundle(String, Locale)} finds the bundles of its
   * caller's module only.
   */
  @FunctionalInterface
  public interface Loader {

    /**
     * Loads a bundle.
     *
     * @param baseName the family's base name, not null
     * @param locale the locale, not null
     * @return the bundle, with the JDK's fallbacks
     * @throws MissingResourceException if the family has no bundle for the locale or its
     *     fallbacks
     */
    ResourceBundle load(String baseName, Locale locale);
  }

  /**
   * The loader of the families of a module's packages that the module opens to dtz-core, or of
   * any family on the class path (the unnamed module), used on behalf of that module.
   *
   * @param module the module, not null
   * @return the loader
   */
  public static Loader loaderOf(Module module) {
    requireNonNull(module, "module");
    return (name, locale) -> ResourceBundle.getBundle(name, locale, module);
  }

  /**
   * The messages of a bundle family.
   *
   * @param baseName the base name, such as {@code nl.dutchtechzone.finance.validation.messages},
   *     not null
   * @param loader how the module that holds the family loads it, not null
   * @return the messages
   */
  public static BundleMessages of(String baseName, Loader loader) {
    return new BundleMessages(requireNonNull(baseName, "baseName"),
        requireNonNull(loader, "loader"));
  }

  /**
   * The language rule of every bundle of dtz, {@link Languages#bundle}: the bundle of a locale's
   * language, or the English root bundle if the language has none; never the default locale's.
   *
   * @param baseName the base name of the family, not null
   * @param locale the locale whose language is wanted, not null
   * @param loader how the module that holds the family loads it, not null
   * @return the bundle
   * @throws MissingResourceException if the family has no root (English) bundle
   */
  public static ResourceBundle languageBundle(String baseName, Locale locale, Loader loader) {
    requireNonNull(loader, "loader");
    return Languages.bundle(baseName, locale, loader::load);
  }

  /**
   * The bundle for a locale's language, or the English root bundle if the language has none.
   *
   * @param locale the locale, not null
   * @return the bundle
   */
  public ResourceBundle bundle(Locale locale) {
    return languageBundle(baseName, locale, loader);
  }

  /**
   * Whether the English bundle has a key.
   *
   * @param key the key, not null
   * @return true if it has
   */
  public boolean hasKey(String key) {
    requireNonNull(key, "key");
    return bundle(Locale.ROOT).containsKey(key);
  }

  /**
   * The highest placeholder index in a pattern.
   *
   * @param pattern the pattern, not null
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
   * @param key the key, which exists in the English bundle, not null
   * @param arguments the arguments, not null
   * @param locale the locale, not null
   * @return the message
   * @throws IllegalStateException if the key is missing or an argument is lacking (a bug)
   */
  public String render(String key, List<?> arguments, Locale locale) {
    requireNonNull(key, "key");
    requireNonNull(arguments, "arguments");
    requireNonNull(locale, "locale");
    ResourceBundle b = bundle(locale);
    return fill(text(b, key), arguments, b, locale);
  }

  /**
   * The text of a key as a person of a locale reads it, without arguments.
   *
   * @param key the key, which exists in the English bundle, not null
   * @param locale the locale, not null
   * @return the text
   * @throws IllegalStateException if the key is missing (a bug)
   */
  public String text(String key, Locale locale) {
    requireNonNull(key, "key");
    return text(bundle(locale), key);
  }

  /**
   * An argument that formats itself for the bundle of a language, such as an amount in the
   * bundle's notation or a phrase rendered from bundles of its own.
   */
  @FunctionalInterface
  public interface Argument {

    /**
     * The argument as the message of a bundle shows it.
     *
     * @param bundle the bundle of the message being rendered, not null
     * @param locale the locale the message is rendered for, not null
     * @return the text
     */
    String format(ResourceBundle bundle, Locale locale);
  }

  /**
   * An amount, written in the notation that the bundle's {@code money.notation} names: {@code
   * plain} or {@code dutch}.
   *
   * @param plain the amount in the plain notation, such as {@code EUR 289467.21}, not null
   * @param dutch the amount in the Dutch notation, such as {@code € 289.467,21}, not null
   * @return the argument
   * @throws IllegalStateException when formatted, if the bundle names another notation (a bug)
   */
  public static Argument amount(String plain, String dutch) {
    requireNonNull(plain, "plain");
    requireNonNull(dutch, "dutch");
    return (bundle, locale) -> {
      String notation = bundle.getString("money.notation");
      switch (notation) {
        case "plain":
          return plain;
        case "dutch":
          return dutch;
        default:
          throw new IllegalStateException("money.notation of bundle " + bundle.getBaseBundleName()
              + " must be plain or dutch, got '" + notation + "'");
      }
    };
  }

  private String text(ResourceBundle b, String key) {
    try {
      return b.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("message key '" + key + "' is missing from the bundles "
          + baseName, e);
    }
  }

  private static String fill(String pattern, List<?> arguments, ResourceBundle b,
      Locale locale) {
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
        out.append(format(arguments.get(n), arguments, b, locale));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String format(Object a, List<?> arguments, ResourceBundle b, Locale locale) {
    if (a instanceof Argument) {
      return ((Argument) a).format(b, locale);
    }
    if (a instanceof BigDecimal) {
      return ((BigDecimal) a).toPlainString().replace(".", b.getString("decimal.separator"));
    }
    if (a instanceof Enum) {
      Enum<?> e = (Enum<?>) a;
      String key = e.getDeclaringClass().getSimpleName() + "." + e.name();
      return b.containsKey(key) ? fill(b.getString(key), arguments, b, locale) : e.name();
    }
    if (a instanceof LocalDate) {
      return a.toString();
    }
    return String.valueOf(a);
  }
}
