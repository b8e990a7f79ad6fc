package nl.dutchtechzone.finance.ledger;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.FundEvent;
import nl.dutchtechzone.core.FundEventKind;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.RelationKind;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.finance.internal.Quantities;
import org.immutables.value.Value;

/**
 * The money of a fund or scheme, such as a programme's grant scheme for businesses: its budget,
 * commitments, releases (vrijval) and re-allocations (herbestemming) with their destination, and
 * its balance at any date.
 *
 * <p>A fund's ledger stands apart from the programme's roll-forward: nothing here is ever added to
 * programme income, spending or balances. A statement or budget that books scheme money as
 * programme money is reported by the validator ({@code DTZ-F012}), a finding auditors make.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FundLedger {

  FundLedger() {}

  /**
   * The id of the fund or scheme.
   *
   * @return the id, such as {@code bedrijvenregeling-dtz}
   */
  public abstract String fundId();

  /**
   * Whether the money belongs to a subsidy scheme rather than to a programme fund.
   *
   * @return true for scheme money
   */
  public abstract boolean schemeMoney();

  /**
   * The events, in the order given.
   *
   * @return the events, ids unique
   */
  public abstract List<FundEvent> events();

  /**
   * The ledger of a related programme or scheme.
   *
   * @param related the related programme, not null
   * @return its ledger; scheme money if it is a {@link RelationKind#SUBSIDY_SCHEME}
   */
  public static FundLedger of(RelatedProgramme related) {
    requireNonNull(related, "related");
    return ImmutableFundLedger.builder().fundId(related.id())
        .schemeMoney(related.kind() == RelationKind.SUBSIDY_SCHEME)
        .events(related.fundEvents()).build();
  }

  /**
   * A ledger of events.
   *
   * @param fundId the fund id, not null
   * @param schemeMoney whether the money belongs to a subsidy scheme
   * @param events the events, not null, ids unique
   * @return the ledger
   * @throws IllegalArgumentException if the id is malformed or event ids repeat
   */
  public static FundLedger of(String fundId, boolean schemeMoney, Collection<FundEvent> events) {
    return ImmutableFundLedger.builder().fundId(fundId).schemeMoney(schemeMoney).events(events)
        .build();
  }

  /**
   * The balance over every event, dated or not.
   *
   * @return the balance
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming the kind of event whose
   *     total is outside the range Money holds
   */
  public FundBalance balance() {
    return balance(e -> true);
  }

  /**
   * The balance at the end of a date: every event on or before it.
   *
   * @param date the date, not null
   * @return the balance
   * @throws IllegalStateException listing the events without a date, if there are any: their
   *     place in time is unknown, so no balance at a date can be given
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming the kind of event whose
   *     total is outside the range Money holds
   */
  public FundBalance balanceAt(LocalDate date) {
    requireNonNull(date, "date");
    List<String> undated = events().stream().filter(e -> e.date().isEmpty())
        .map(FundEvent::id).collect(Collectors.toList());
    if (!undated.isEmpty()) {
      throw new IllegalStateException("fund '" + fundId() + "' has events without a date "
          + undated + ", so its balance at " + date + " is unknown; use balance() for the "
          + "balance over all events");
    }
    return balance(e -> !e.date().orElseThrow().isAfter(date));
  }

  /**
   * The re-allocations, each with its destination where known.
   *
   * @return the re-allocation events, in order
   */
  public List<FundEvent> reallocations() {
    return ofKind(FundEventKind.REALLOCATION);
  }

  /**
   * The events of one kind.
   *
   * @param kind the kind, not null
   * @return the events of that kind, in order
   */
  public List<FundEvent> ofKind(FundEventKind kind) {
    requireNonNull(kind, "kind");
    return events().stream().filter(e -> e.kind() == kind).collect(Collectors.toList());
  }

  private FundBalance balance(Predicate<FundEvent> include) {
    return FundBalance.of(sum(FundEventKind.BUDGET, include),
        sum(FundEventKind.COMMITMENT, include), sum(FundEventKind.RELEASE, include),
        sum(FundEventKind.REALLOCATION, include));
  }

  private Money sum(FundEventKind kind, Predicate<FundEvent> include) {
    return Money.sum(events().stream().filter(e -> e.kind() == kind && include.test(e))
        .map(FundEvent::amount).collect(Collectors.toList()),
        Quantities.of("fund.events." + kind.name(), fundId()));
  }

  @Value.Check
  final void check() {
    Ids.check("FundLedger.fundId", fundId());
    Ids.checkUnique("FundLedger.events of '" + fundId() + "'", events(), FundEvent::id);
  }
}
