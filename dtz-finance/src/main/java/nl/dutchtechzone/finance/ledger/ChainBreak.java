package nl.dutchtechzone.finance.ledger;

import static com.google.common.base.Preconditions.checkArgument;

import nl.dutchtechzone.core.money.ExactSum;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.finance.internal.Quantities;
import org.immutables.value.Value;

/**
 * A break in the chain of years: the closing of one year differs from the carried forward of the
 * next year present, or years are missing between them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChainBreak {

  ChainBreak() {}

  /**
   * The earlier year.
   *
   * @return the year whose closing balance is compared
   */
  @Value.Parameter
  public abstract int fromYear();

  /**
   * The later year.
   *
   * @return the year whose carried-forward amount is compared
   */
  @Value.Parameter
  public abstract int toYear();

  /**
   * The closing balance of the earlier year.
   *
   * @return the closing balance
   */
  @Value.Parameter
  public abstract Money closing();

  /**
   * The carried-forward amount of the later year.
   *
   * @return the carried-forward amount
   */
  @Value.Parameter
  public abstract Money carriedForward();

  /**
   * Carried forward minus closing: actual minus expected, the sign convention of every
   * difference in dtz.
   *
   * @return the difference, zero for a pure gap
   * @throws MoneyOverflowException if the difference is outside the range Money holds
   */
  public Money difference() {
    return new ExactSum().add(carriedForward()).subtract(closing()).total(
        Quantities.of("chainBreak", fromYear(), toYear()));
  }

  /**
   * Whether years are missing between the two.
   *
   * @return true if {@code toYear > fromYear + 1}
   */
  public boolean isGap() {
    return toYear() > fromYear() + 1;
  }

  /**
   * Creates a break.
   *
   * @param fromYear the earlier year
   * @param toYear the later year, after {@code fromYear}
   * @param closing the closing balance of the earlier year, not null
   * @param carriedForward the carried-forward amount of the later year, not null
   * @return the break
   * @throws IllegalArgumentException if {@code toYear} is not after {@code fromYear}
   */
  public static ChainBreak of(int fromYear, int toYear, Money closing, Money carriedForward) {
    return ImmutableChainBreak.of(fromYear, toYear, closing, carriedForward);
  }

  @Value.Check
  final void check() {
    checkArgument(toYear() > fromYear(), "ChainBreak.toYear must be after fromYear %s, got %s",
        fromYear(), toYear());
  }
}
