package nl.dutchtechzone.core.money;

import static java.util.Objects.requireNonNull;

/**
 * A running sum of amounts that is exact whatever the order of the terms: a partial sum may leave
 * the range {@link Money} holds as long as the total comes back into it.
 *
 * <p>Only {@link #total(Quantity)} fails, with a {@link MoneyOverflowException} naming the sum, and
 * only if the total itself is outside {@link Money#MIN} to {@link Money#MAX}. Adding a term is a
 * few {@code long} operations; nothing is allocated.
 *
 * <p>Not thread-safe: confine an instance to one thread, as for a {@link StringBuilder}.
 */
public final class ExactSum {

  /** The sum modulo 2^64, as a signed long. */
  private long low;
  /** How many times 2^64 the exact sum differs from {@link #low}. */
  private long wraps;

  /** An empty sum, zero. */
  public ExactSum() {}

  /**
   * Adds an amount.
   *
   * @param amount the amount, not null
   * @return this sum
   */
  public ExactSum add(Money amount) {
    return addCents(requireNonNull(amount, "amount").cents());
  }

  /**
   * Subtracts an amount.
   *
   * @param amount the amount, not null
   * @return this sum
   */
  public ExactSum subtract(Money amount) {
    long c = requireNonNull(amount, "amount").cents();
    long r = low - c;
    if (((low ^ c) & (low ^ r)) < 0) {
      wraps += c < 0 ? 1 : -1;
    }
    low = r;
    return this;
  }

  /**
   * Adds a number of cents.
   *
   * @param cents the cents, any sign
   * @return this sum
   */
  public ExactSum addCents(long cents) {
    long r = low + cents;
    if (((low ^ r) & (cents ^ r)) < 0) {
      wraps += cents > 0 ? 1 : -1;
    }
    low = r;
    return this;
  }

  /**
   * Whether the total is inside the range Money holds.
   *
   * @return true if {@link #total(Quantity)} would return
   */
  public boolean fits() {
    return wraps == 0;
  }

  /**
   * The total.
   *
   * @param quantity what the sum is, for the error, such as {@code Quantity.of(Money.class,
   *     "budget.spending", 2023)} (total spending of budget 2023), not null
   * @return the exact total
   * @throws MoneyOverflowException naming {@code quantity} if the total is outside the range
   *     Money holds
   */
  public Money total(Quantity quantity) {
    requireNonNull(quantity, "quantity");
    if (wraps != 0) {
      throw new MoneyOverflowException(quantity);
    }
    return Money.ofCents(low);
  }
}
