package nl.dutchtechzone.finance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import nl.dutchtechzone.core.FundEvent;
import nl.dutchtechzone.core.FundEventKind;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.reference.DutchTechZone;
import org.junit.jupiter.api.Test;

class FundLedgerTest {

  private static FundEvent event(String id, FundEventKind kind, long euros, String date) {
    FundEvent.Builder b = FundEvent.builder().id(id).kind(kind).amount(Money.ofEuros(euros))
        .description(LocalizedText.dutch(id));
    if (date != null) {
      b.date(LocalDate.parse(date));
    }
    if (kind == FundEventKind.REALLOCATION) {
      b.destination(LocalizedText.of("netwerkplan", "network plan"));
    }
    return b.build();
  }

  private static RelatedProgramme bedrijvenregeling() {
    return DutchTechZone.programme().relatedProgrammes().stream()
        .filter(r -> r.id().equals("bedrijvenregeling-dtz")).findFirst().orElseThrow();
  }

  @Test
  void theBedrijvenregelingIsSchemeMoneyWithItsReleaseReallocated() {
    FundLedger ledger = FundLedger.of(bedrijvenregeling());
    assertThat(ledger.fundId()).isEqualTo("bedrijvenregeling-dtz");
    assertThat(ledger.schemeMoney()).isTrue();
    FundBalance b = ledger.balance();
    assertThat(b.releases()).isEqualTo(Money.ofEuros(1_400_000));
    assertThat(b.reallocations()).isEqualTo(Money.ofEuros(1_400_000));
    assertThat(b.budget()).isEqualTo(Money.ZERO);
    assertThat(b.commitments()).isEqualTo(Money.ZERO);
    assertThat(b.available()).isEqualTo(Money.ZERO);
    assertThat(b.outstandingCommitments()).isEqualTo(Money.ofEuros(-1_400_000));
    assertThat(ledger.reallocations()).hasSize(1);
    assertThat(ledger.reallocations().get(0).destination()).isPresent();
  }

  @Test
  void theRegionalDealIsNotSchemeMoney() {
    RelatedProgramme deal = DutchTechZone.programme().relatedProgrammes().get(0);
    assertThat(FundLedger.of(deal).schemeMoney()).isFalse();
  }

  @Test
  void undatedEventsHaveNoBalanceAtADate() {
    FundLedger ledger = FundLedger.of(bedrijvenregeling());
    assertThatThrownBy(() -> ledger.balanceAt(LocalDate.of(2023, 5, 16)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bedrijvenregeling-dtz").hasMessageContaining("release")
        .hasMessageContaining("2023-05-16");
  }

  @Test
  void givesTheBalanceAtAnyDate() {
    FundLedger ledger = FundLedger.of("fund", false, List.of(
        event("budget", FundEventKind.BUDGET, 1000, "2020-01-01"),
        event("commit", FundEventKind.COMMITMENT, 600, "2020-06-01"),
        event("release", FundEventKind.RELEASE, 100, "2021-03-01"),
        event("realloc", FundEventKind.REALLOCATION, 50, "2021-09-01")));

    assertThat(ledger.balanceAt(LocalDate.of(2019, 12, 31)).available()).isEqualTo(Money.ZERO);
    assertThat(ledger.balanceAt(LocalDate.of(2020, 1, 1)).available())
        .isEqualTo(Money.ofEuros(1000));
    FundBalance mid = ledger.balanceAt(LocalDate.of(2020, 12, 31));
    assertThat(mid.available()).isEqualTo(Money.ofEuros(400));
    assertThat(mid.outstandingCommitments()).isEqualTo(Money.ofEuros(600));
    FundBalance end = ledger.balanceAt(LocalDate.of(2021, 9, 1));
    assertThat(end.available()).isEqualTo(Money.ofEuros(450));
    assertThat(end.outstandingCommitments()).isEqualTo(Money.ofEuros(500));
    assertThat(end).isEqualTo(ledger.balance());
    assertThat(ledger.ofKind(FundEventKind.BUDGET)).extracting(FundEvent::id)
        .containsExactly("budget");
  }

  @Test
  void rejectsDuplicateEventIds() {
    FundEvent e = event("x", FundEventKind.BUDGET, 1, null);
    assertThatThrownBy(() -> FundLedger.of("fund", false, List.of(e, e)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
  }

  @Test
  void isNullPointerClean() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(RelatedProgramme.class, bedrijvenregeling())
        .setDefault(String.class, "fund");
    tester.testAllPublicStaticMethods(FundLedger.class);
    tester.testAllPublicInstanceMethods(FundLedger.of("fund", false, List.of()));
    tester.testAllPublicStaticMethods(FundBalance.class);
  }
}
