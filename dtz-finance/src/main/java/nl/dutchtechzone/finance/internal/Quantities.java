package nl.dutchtechzone.finance.internal;

import nl.dutchtechzone.core.money.Quantity;

/**
 * The quantities of dtz-finance that a {@link nl.dutchtechzone.core.money.MoneyOverflowException}
 * (or, for a count, a {@link nl.dutchtechzone.core.money.CountOverflowException}) names: their
 * texts are the bundles {@code nl/dutchtechzone/finance/internal/quantities*.properties}
 * (English, the root, and Dutch), next to this class.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quantities {

  private Quantities() {}

  /**
   * A quantity of dtz-finance.
   *
   * @param key the key of its text in this module's {@code quantities} bundles, not null
   * @param arguments the values of the text's placeholders, as {@link Quantity#of} takes them
   * @return the quantity
   * @throws IllegalArgumentException if the key is not in the English bundle or an argument is
   *     lacking or of another type (a bug)
   */
  public static Quantity of(String key, Object... arguments) {
    return Quantity.of(Quantities.class, key, arguments);
  }
}
