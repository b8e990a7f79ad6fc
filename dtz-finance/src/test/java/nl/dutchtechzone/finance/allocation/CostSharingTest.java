package nl.dutchtechzone.finance.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.ProgrammeOffice;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.InKindCapacity;
import nl.dutchtechzone.core.plan.Scope;
import nl.dutchtechzone.core.reference.DutchTechZone;
import org.junit.jupiter.api.Test;

class CostSharingTest {

  private static final AllocationKey KEY = AllocationKey.ofCounts(Map.of(
      "coevorden", 35_317L, "emmen", 107_024L, "hoogeveen", 55_603L, "hardenberg", 61_346L));

  @Test
  void attributesOfficeHousingToEmmenAndSharesTheRest() {
    CostSharing sharing = CostSharing.forProgramme(DutchTechZone.programme(), KEY,
        DutchTechZone.OFFICE_HOUSING_AND_SUPPORT);
    assertThat(sharing.attributions())
        .containsExactly(Map.entry("office-housing-and-support", "emmen"));
    assertThat(sharing.key()).isSameAs(KEY);

    CostShare share = sharing.share(Map.of(
        "office-housing-and-support", Money.parse("20000.00"),
        "programme-costs", Money.parse("100000.01")));

    assertThat(share.amount("emmen", "office-housing-and-support"))
        .isEqualTo(Money.parse("20000.00"));
    assertThat(share.amount("coevorden", "office-housing-and-support")).isEqualTo(Money.ZERO);
    assertThat(share.categoryTotal("programme-costs")).isEqualTo(Money.parse("100000.01"));
    assertThat(share.lines()).filteredOn(CostShareLine::attributed).hasSize(1);
    assertThat(share.partnerIds())
        .containsExactly("coevorden", "emmen", "hardenberg", "hoogeveen");
    Money sumOfPartners = Money.sum(share.partnerIds().stream().map(share::totalFor).toList());
    assertThat(sumOfPartners).isEqualTo(share.total()).isEqualTo(Money.parse("120000.01"));
    assertThat(share.totalFor("emmen")).isEqualTo(Money.parse("20000.00")
        .plus(share.amount("emmen", "programme-costs")));
    assertThat(share.totalFor("unknown")).isEqualTo(Money.ZERO);
    assertThat(share.costs()).containsOnlyKeys("office-housing-and-support", "programme-costs");
  }

  @Test
  void sharesEverythingWhenTheHostDoesNotBearHousing() {
    Programme p = Programme.builder().from(DutchTechZone.programme())
        .office(ProgrammeOffice.of("emmen", false)).build();
    assertThat(CostSharing.forProgramme(p, KEY, "office-housing-and-support").attributions())
        .isEmpty();
    Programme noOffice = Programme.builder().from(DutchTechZone.programme())
        .office(java.util.Optional.empty()).build();
    assertThat(CostSharing.forProgramme(noOffice, KEY, "office-housing-and-support")
        .attributions()).isEmpty();
  }

  @Test
  void sharesTheSpendingOfThe2022Statement() {
    CostShare share = CostSharing.of(KEY)
        .share(DutchTechZone.report2022().statement().orElseThrow());
    assertThat(share.total()).isEqualTo(Money.parse("289467.21"));
    assertThat(share.costs()).containsOnlyKeys("branding", "programme-costs", "projects");
    for (String c : share.costs().keySet()) {
      assertThat(share.categoryTotal(c)).isEqualTo(share.costs().get(c));
    }
  }

  @Test
  void sharesTheInScopeSpendingOfABudgetAtCurrentAmounts() {
    Budget b = Budget.builder().year(2023).status(BudgetStatus.ESTIMATE).addLines(
        line("a", Flow.SPENDING, "branding", "100.00", Scope.IN_SCOPE),
        BudgetLine.builder().from(line("b", Flow.SPENDING, "branding", "50.00", Scope.IN_SCOPE))
            .amended(Money.parse("60.00")).build(),
        line("c", Flow.SPENDING, "network-plan", "999.00", Scope.OUT_OF_SCOPE),
        line("d", Flow.INCOME, "contributions", "500.00", Scope.IN_SCOPE)).build();
    CostShare share = CostSharing.of(KEY).share(b);
    assertThat(share.costs()).containsExactly(Map.entry("branding", Money.parse("160.00")));
  }

  @Test
  void reportsInKindApartFromCash() {
    CostShare cash = CostSharing.of(KEY).share(Map.of("projects", Money.ofEuros(1000)));
    InKindCapacity emmenTime = InKindCapacity.builder().offeredByKind(PartnerKind.MUNICIPALITY)
        .partnerId("emmen").description(LocalizedText.of("beleidsmedewerker", "policy officer"))
        .fte(new BigDecimal("0.2")).estimatedValue(Money.ofEuros(15_000)).build();
    InKindCapacity unnamed = InKindCapacity.builder().offeredByKind(PartnerKind.COMPANY)
        .description(LocalizedText.of("bedrijven", "companies")).build();
    CostShare both = cash.withInKind(List.of(emmenTime, unnamed));

    assertThat(both.total()).isEqualTo(Money.ofEuros(1000));
    assertThat(both.totalFor("emmen")).isEqualTo(cash.totalFor("emmen"));
    assertThat(both.inKindFor("emmen")).containsExactly(emmenTime);
    assertThat(both.inKindValueFor("emmen")).isEqualTo(Money.ofEuros(15_000));
    assertThat(both.inKindValueFor("coevorden")).isEqualTo(Money.ZERO);
    assertThat(both.inKind()).hasSize(2);
  }

  @Test
  void rejectsConflictingAttributionsAndBadIds() {
    CostSharing s = CostSharing.of(KEY).attribute("housing", "emmen");
    assertThat(s.attribute("housing", "emmen").attributions()).hasSize(1);
    assertThatThrownBy(() -> s.attribute("housing", "coevorden"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("housing")
        .hasMessageContaining("emmen").hasMessageContaining("coevorden");
    assertThatThrownBy(() -> s.attribute("bad id", "emmen"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad id");
    assertThatThrownBy(() -> s.share(Map.of("bad id", Money.ZERO)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad id");
  }

  @Test
  void costShareRejectsLinesThatDoNotReconcile() {
    assertThatThrownBy(() -> ImmutableCostShare.builder()
        .costs(Map.of("x", Money.ofEuros(2)))
        .lines(List.of(CostShareLine.of("a", "x", Money.ofEuros(1), false))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'")
        .hasMessageContaining("add up");
    assertThatThrownBy(() -> ImmutableCostShare.builder()
        .costs(Map.of())
        .lines(List.of(CostShareLine.of("a", "y", Money.ZERO, false))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'y'");
  }

  @Test
  void isNullPointerClean() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(AllocationKey.class, KEY)
        .setDefault(Programme.class, DutchTechZone.programme())
        .setDefault(String.class, "emmen");
    tester.testAllPublicStaticMethods(CostSharing.class);
    tester.testAllPublicInstanceMethods(CostSharing.of(KEY));
    tester.testAllPublicInstanceMethods(
        CostSharing.of(KEY).share(Map.of("x", Money.ofEuros(1))));
  }

  private static BudgetLine line(String id, Flow flow, String category, String amount,
      Scope scope) {
    BudgetLine.Builder b = BudgetLine.builder().id(id).flow(flow).categoryId(category)
        .description(LocalizedText.dutch(id)).planned(Money.parse(amount)).scope(scope);
    if (scope == Scope.OUT_OF_SCOPE) {
      b.note(LocalizedText.dutch("buiten de begroting"));
    }
    return b.build();
  }
}
