package nl.dutchtechzone.core.money;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import nl.dutchtechzone.core.internal.BundleMessages;
import org.jspecify.annotations.Nullable;

/**
 * What a sum, a product or an amount is, as a {@link MoneyOverflowException} names it when it is
 * outside the range {@link Money} holds: a message key and its arguments, rendered for a language
 * by {@link #text(Locale)}, such as {@code total spending of budget 2023} in English and {@code
 * het uitgaventotaal van de begroting voor 2023} in Dutch.
 *
 * <p>The texts of a quantity belong to the module that names it: they are the bundle family
 * {@code quantities} in the package of the <em>owner</em> class given to {@link #of}, such as
 * {@code nl/dutchtechzone/core/money/quantities.properties} (English, the root) and {@code
 * quantities_nl.properties} (Dutch) for {@code Quantity.of(Money.class, ...)}. A text is a
 * pattern with placeholders {@code {0}}, {@code {1}}, … (no other syntax) over the arguments,
 * which are formatted for the language: amounts in the notation of the family's {@code
 * money.notation} ({@code plain} or {@code dutch}), decimals with its {@code decimal.separator},
 * years and other numbers without grouping, a quantity argument as its own text. The language is
 * the locale's if the family has a bundle for it, else English; never the default locale's. On
 * the module path, dtz-core loads the family on behalf of the owner's module, which must open the
 * owner's package to {@code nl.dutchtechzone.core} (dtz-finance and dtz-reporting do: {@code
 * opens nl.dutchtechzone.finance.internal to nl.dutchtechzone.core;}); dtz-core's own need not.
 *
 * <p>This class is immutable and thread-safe, and serializable (every kind of argument is).
 * Equality is by owner, key and arguments.
 */
public final class Quantity implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** The name of the bundle family of every owner's package. */
  static final String FAMILY = "quantities";

  /**
   * Per owner, the keys of its English bundle and how many arguments each text needs: read once
   * per owner, so that naming a quantity (done by every sum, overflowing or not) costs a lookup.
   */
  private static final ClassValue<Map<String, Integer>> NEEDED =
      new ClassValue<Map<String, Integer>>() {
        @Override
        protected Map<String, Integer> computeValue(Class<?> owner) {
          ResourceBundle root;
          try {
            root = messages(owner).bundle(Locale.ROOT);
          } catch (MissingResourceException e) {
            throw new IllegalArgumentException("Quantity.owner " + owner.getName()
                + " has no bundle " + baseName(owner) + " (English, the root) next to it", e);
          }
          Map<String, Integer> needed = new HashMap<>();
          for (String key : root.keySet()) {
            // The two settings of the notation are not quantities.
            if (!key.equals("money.notation") && !key.equals("decimal.separator")) {
              needed.put(key, BundleMessages.placeholders(root.getString(key)) + 1);
            }
          }
          return Collections.unmodifiableMap(needed);
        }
      };

  /** The class whose package holds the texts. */
  private final Class<?> owner;
  /** The key of the text. */
  private final String key;
  /** The arguments, an unmodifiable list of serializable values. */
  @SuppressWarnings("serial") // every element is of a serializable type, checked by of()
  private final List<Object> arguments;

  private Quantity(Class<?> owner, String key, List<Object> arguments) {
    this.owner = owner;
    this.key = key;
    this.arguments = arguments;
  }

  /**
   * A quantity whose text is the key {@code key} of the {@code quantities} bundles in the
   * owner's package.
   *
   * @param owner a class whose package holds the {@code quantities} bundles, not null
   * @param key the key of the text in the English (root) bundle, not null
   * @param arguments the values of the text's placeholders: strings, numbers ({@link Integer},
   *     {@link Long}, {@link BigDecimal}), {@link Money}, {@link LocalDate} or other quantities;
   *     not null, no null elements
   * @return the quantity
   * @throws IllegalArgumentException if the owner's package has no English {@code quantities}
   *     bundle, the key is not in it, an argument is of another type, or there are fewer
   *     arguments than the text has placeholders
   */
  public static Quantity of(Class<?> owner, String key, Object... arguments) {
    requireNonNull(owner, "owner");
    requireNonNull(key, "key");
    requireNonNull(arguments, "arguments");
    for (int i = 0; i < arguments.length; i++) {
      Object a = arguments[i];
      if (a == null) {
        throw new NullPointerException("Quantity.arguments[" + i + "] of key '" + key + "'");
      }
      if (!(a instanceof String || a instanceof Integer || a instanceof Long
          || a instanceof BigDecimal || a instanceof Money || a instanceof LocalDate
          || a instanceof Quantity)) {
        throw new IllegalArgumentException("Quantity.arguments[" + i + "] of key '" + key
            + "' must be String, Integer, Long, BigDecimal, Money, LocalDate or Quantity, got "
            + a.getClass().getName());
      }
    }
    Map<String, Integer> needed = NEEDED.get(owner);
    Integer n = needed.get(key);
    if (n == null) {
      throw new IllegalArgumentException("Quantity.key must be a key of the bundle "
          + baseName(owner) + ", got '" + key + "'");
    }
    if (arguments.length < n) {
      throw new IllegalArgumentException("Quantity with key '" + key + "' of " + baseName(owner)
          + " needs " + n + " argument(s), got " + arguments.length);
    }
    return new Quantity(owner, key, List.of(arguments));
  }

  /**
   * Checks a deserialized quantity as {@link #of} checks a new one.
   *
   * @return the quantity
   * @throws java.io.InvalidObjectException if {@link #of} would refuse it
   */
  private Object readResolve() throws java.io.InvalidObjectException {
    try {
      return of(owner, key, arguments.toArray());
    } catch (IllegalArgumentException | NullPointerException e) {
      java.io.InvalidObjectException invalid =
          new java.io.InvalidObjectException("Quantity: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  /**
   * The class whose package holds the texts of this quantity.
   *
   * @return the owner
   */
  public Class<?> owner() {
    return owner;
  }

  /**
   * The key of the text in the owner's {@code quantities} bundles.
   *
   * @return the key, such as {@code budget.spending}
   */
  public String key() {
    return key;
  }

  /**
   * The values of the text's placeholders, in order.
   *
   * @return the arguments, unmodifiable
   */
  public List<Object> arguments() {
    return arguments;
  }

  /**
   * The quantity as a reader of a language reads it.
   *
   * @param locale the language, not null; a language without a bundle of its own gets English
   * @return the text, such as {@code total spending of budget 2023}
   */
  public String text(Locale locale) {
    requireNonNull(locale, "locale");
    return messages(owner).render(key, BundleArguments.of(arguments), locale);
  }

  private static String baseName(Class<?> owner) {
    return owner.getPackageName() + "." + FAMILY;
  }

  private static BundleMessages messages(Class<?> owner) {
    return BundleMessages.of(baseName(owner), BundleMessages.loaderOf(owner.getModule()));
  }

  /**
   * Whether another object is a quantity with the same owner, key and arguments.
   *
   * @param other the other object, may be null
   * @return true if it is
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Quantity)) {
      return false;
    }
    Quantity q = (Quantity) other;
    return owner.equals(q.owner) && key.equals(q.key) && arguments.equals(q.arguments);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(owner, key, arguments);
  }

  /**
   * The English text, for logs and debuggers.
   *
   * @return {@link #text(Locale) text(Locale.ROOT)}
   */
  @Override
  public String toString() {
    return text(Locale.ROOT);
  }
}
