package nl.dutchtechzone.finance.ledger;

import nl.dutchtechzone.core.money.ExactSum;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.finance.internal.Quantities;
import org.immutables.value.Value;

/**
 * The position of a fund or scheme at a moment: what was budgeted, committed, released and
 * re-allocated, and what remains available.
 *
 * <p>available = budget − commitments + releases − re-allocations. Released money (vrijval) is
 * available again until it is re-allocated (herbestemming) to a destination outside the fund.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FundBalance {

  FundBalance() {}

  /**
   * The money made available to the fund.
   *
   * @return the sum of the budget events
   */
  @Value.Parameter
  public abstract Money budget();

  /**
   * The money promised to recipients.
   *
   * @return the sum of the commitment events
   */
  @Value.Parameter
  public abstract Money commitments();

  /**
   * The committed money that came free.
   *
   * @return the sum of the release events
   */
  @Value.Parameter
  public abstract Money releases();

  /**
   * The released money given a new destination.
   *
   * @return the sum of the re-allocation events
   */
  @Value.Parameter
  public abstract Money reallocations();

  /**
   * The money still committed: commitments − releases.
   *
   * <p>Negative when the ledger knows of releases but not of the commitments they came from, as
   * in the source documents of the Bedrijvenregeling.
   *
   * @return the outstanding commitments
   * @throws MoneyOverflowException if the result is outside the range Money holds
   */
  public Money outstandingCommitments() {
    return new ExactSum().add(commitments()).subtract(releases())
        .total(Quantities.of("fund.outstanding"));
  }

  /**
   * The money available: budget − commitments + releases − re-allocations.
   *
   * <p>Exact: a partial result may exceed the range Money holds as long as the result is
   * inside it.
   *
   * @return the available balance
   * @throws MoneyOverflowException if the result is outside the range Money holds
   */
  public Money available() {
    return new ExactSum().add(budget()).subtract(commitments()).add(releases())
        .subtract(reallocations())
        .total(Quantities.of("fund.available"));
  }

  /**
   * Creates a balance.
   *
   * @param budget the budgeted money, not null
   * @param commitments the committed money, not null
   * @param releases the released money, not null
   * @param reallocations the re-allocated money, not null
   * @return the balance
   */
  public static FundBalance of(Money budget, Money commitments, Money releases,
      Money reallocations) {
    return ImmutableFundBalance.of(budget, commitments, releases, reallocations);
  }
}
