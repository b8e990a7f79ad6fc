package nl.dutchtechzone.finance.contribution;

import static nl.dutchtechzone.finance.testing.Illustrative.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import nl.dutchtechzone.finance.testing.Illustrative;
import org.junit.jupiter.api.Test;

class ContributionCalculatorTest {

  private static final Programme DTZ = DutchTechZone.programme();

  private static List<Partner> fourMunicipalities() {
    return List.of(DTZ.requirePartner("hardenberg"), DTZ.requirePartner("emmen"),
        DTZ.requirePartner("coevorden"), DTZ.requirePartner("hoogeveen"));
  }

  @Test
  void computes2021FromThePublicFiguresWithExplicitPayers() {
    ContributionStatement s = ContributionCalculator
        .of(ReferenceScheme.dutchTechZone(), ReferenceInhabitants.register())
        .calculate("dtz", 2021, fourMunicipalities());

    assertThat(s.year()).isEqualTo(2021);
    assertThat(s.programmeId()).isEqualTo("dtz");
    assertThat(s.referenceDate()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(s.rounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(s.lines()).extracting(ContributionLine::partnerId)
        .containsExactly("coevorden", "emmen", "hardenberg", "hoogeveen");
    ContributionLine emmen = s.line("emmen").orElseThrow();
    assertThat(emmen.name()).isEqualTo("Emmen");
    assertThat(emmen.cbsCode().value()).isEqualTo("GM0114");
    assertThat(emmen.inhabitants()).isEqualTo(107_024);
    assertThat(emmen.rate()).isEqualByComparingTo("1.00");
    assertThat(emmen.amount()).isEqualTo(Money.parse("107024.00"));
    assertThat(emmen.figureStatus()).isEqualTo(FigureStatus.PROVISIONAL);
    assertThat(emmen.figureSource()).isEqualTo(ReferenceInhabitants.SOURCE);
    assertThat(emmen.referenceDate()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(s.total()).isEqualTo(Money.parse("259290.00"));
    assertThat(s.totalInhabitants()).isEqualTo(259_290);
    assertThat(s.status()).isEqualTo(BudgetStatus.ESTIMATE);
    assertThat(s.isEstimate()).isTrue();
  }

  @Test
  void refusesAYearWithoutPayingMembersInsteadOfAnEmptyStatement() {
    ContributionCalculator calc =
        ContributionCalculator.of(ReferenceScheme.dutchTechZone(), ReferenceInhabitants.register());
    assertThatThrownBy(() -> calc.calculate(DTZ, 2020))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020").hasMessageContaining("dtz")
        .hasMessageContaining("emmen 2021-").hasMessageContaining("payers explicitly");
  }

  @Test
  void takesPayersFromTheMembershipOfTheYear() {
    ContributionStatement s = ContributionCalculator
        .of(ReferenceScheme.dutchTechZone(), Illustrative.registerWith2022(FigureStatus.FINAL))
        .calculate(DTZ, 2022);
    assertThat(s.lines()).extracting(ContributionLine::partnerId)
        .containsExactly("coevorden", "emmen", "hardenberg", "hoogeveen");
    assertThat(s.status()).isEqualTo(BudgetStatus.FINAL);
    assertThat(s.isEstimate()).isFalse();
    assertThat(s.total()).isEqualTo(Money.parse("259000.00"));
  }

  @Test
  void aMissingFigureForTheYearNamesTheMunicipalityAndDate() {
    ContributionCalculator calc =
        ContributionCalculator.of(ReferenceScheme.dutchTechZone(), ReferenceInhabitants.register());
    assertThatThrownBy(() -> calc.calculate(DTZ, 2022))
        .isInstanceOf(MissingInhabitantFigureException.class)
        .hasMessageContaining("Coevorden").hasMessageContaining("2022-01-01");
  }

  @Test
  void aPartnerThatJoinsPaysFromThatYearAndOneThatLeavesNoLonger() {
    Programme p = Programme.builder().from(DTZ)
        .addPartners(Partner.municipality("borger-odoorn", "Borger-Odoorn", "GM1681"))
        .memberships(List.of(
            Membership.since("emmen", 2022),
            Membership.between("coevorden", 2022, 2022),
            Membership.since("borger-odoorn", 2023)))
        .build();
    List<InhabitantFigure> figures = new ArrayList<>();
    for (int year : List.of(2022, 2023)) {
      figures.add(figure("GM0114", "Emmen", year, 100, FigureStatus.FINAL));
      figures.add(figure("GM0109", "Coevorden", year, 50, FigureStatus.FINAL));
      figures.add(figure("GM1681", "Borger-Odoorn", year, 20, FigureStatus.FINAL));
    }
    ContributionCalculator calc = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        InhabitantRegister.of(figures));
    assertThat(calc.calculate(p, 2022).lines()).extracting(ContributionLine::partnerId)
        .containsExactly("coevorden", "emmen");
    assertThat(calc.calculate(p, 2023).lines()).extracting(ContributionLine::partnerId)
        .containsExactly("borger-odoorn", "emmen");
    assertThat(calc.calculate(p, 2023).total()).isEqualTo(Money.ofEuros(120));
  }

  @Test
  void statusIsEstimateWhileAnyFigureIsProvisional() {
    InhabitantRegister register = Illustrative.registerWith2022(FigureStatus.FINAL)
        .with(figure("GM0160", "Hardenberg", 2023, 61_000, FigureStatus.PROVISIONAL))
        .with(figure("GM0114", "Emmen", 2023, 107_000, FigureStatus.FINAL));
    ContributionStatement s = ContributionCalculator.of(ReferenceScheme.dutchTechZone(), register)
        .calculate("dtz", 2023, List.of(DTZ.requirePartner("emmen"),
            DTZ.requirePartner("hardenberg")));
    assertThat(s.status()).isEqualTo(BudgetStatus.ESTIMATE);
    assertThat(s.line("emmen").orElseThrow().figureStatus()).isEqualTo(FigureStatus.FINAL);
    assertThat(s.line("hardenberg").orElseThrow().figureStatus())
        .isEqualTo(FigureStatus.PROVISIONAL);
  }

  @Test
  void appliesAnyRate() {
    ContributionStatement s = ContributionCalculator
        .of(ContributionScheme.perInhabitant(new BigDecimal("0.50"), RoundingMode.HALF_UP),
            ReferenceInhabitants.register())
        .calculate("dtz", 2021, fourMunicipalities());
    assertThat(s.line("coevorden").orElseThrow().amount()).isEqualTo(Money.parse("17658.50"));
    assertThat(s.total()).isEqualTo(Money.parse("129645.00"));
  }

  @Test
  void rejectsBadPayers() {
    ContributionCalculator calc =
        ContributionCalculator.of(ReferenceScheme.dutchTechZone(), ReferenceInhabitants.register());
    assertThatThrownBy(() -> calc.calculate("dtz", 2021, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021");
    Partner province = Partner.of("provincie-drenthe", "Provincie Drenthe", PartnerKind.PROVINCE);
    assertThatThrownBy(() -> calc.calculate("dtz", 2021, List.of(province)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("provincie-drenthe").hasMessageContaining("PROVINCE");
    Partner emmen = DTZ.requirePartner("emmen");
    assertThatThrownBy(() -> calc.calculate("dtz", 2021, List.of(emmen, emmen)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("emmen").hasMessageContaining("more than once");
    assertThatThrownBy(() -> calc.calculate("dtz", 3000, List.of(emmen)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3000");
    assertThatThrownBy(() -> calc.calculate(DTZ, 3000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3000");
  }

  @Test
  void aProgrammeWithoutMembershipsSaysSo() {
    Programme none = Programme.builder().from(DTZ).memberships(List.of()).build();
    assertThatThrownBy(() -> ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        ReferenceInhabitants.register()).calculate(none, 2022))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memberships: none");
  }

  @Test
  void exposesItsSchemeAndRegister() {
    InhabitantRegister register = ReferenceInhabitants.register();
    ContributionCalculator calc = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        register);
    assertThat(calc.scheme()).isEqualTo(ReferenceScheme.dutchTechZone());
    assertThat(calc.register()).isSameAs(register);
  }

  @Test
  void isNullPointerClean() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Programme.class, DTZ)
        .setDefault(ContributionScheme.class, ReferenceScheme.dutchTechZone())
        .setDefault(InhabitantRegister.class, ReferenceInhabitants.register());
    tester.testAllPublicStaticMethods(ContributionCalculator.class);
    tester.testAllPublicInstanceMethods(
        ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
            ReferenceInhabitants.register()));
  }
}
