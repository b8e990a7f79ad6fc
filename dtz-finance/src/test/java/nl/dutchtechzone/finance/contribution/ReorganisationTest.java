package nl.dutchtechzone.finance.contribution;

import static nl.dutchtechzone.finance.testing.Illustrative.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import org.junit.jupiter.api.Test;

/**
 * Municipal reorganisations: an illustrative merger (not a real one) of Coevorden and Hoogeveen
 * into a successor with the made-up code GM9001 from 2027.
 */
class ReorganisationTest {

  private static final Partner SUCCESSOR =
      Partner.municipality("zuidwest-drenthe", "Zuidwest-Drenthe (illustrative)", "GM9001");
  private static final Reorganisation MERGER = Reorganisation.of(List.of(
      MunicipalityCode.of("GM0109"), MunicipalityCode.of("GM0118")), SUCCESSOR, 2027);

  private static Programme programme() {
    return Programme.builder().from(DutchTechZone.programme())
        .memberships(List.of(Membership.since("emmen", 2026), Membership.since("coevorden", 2026),
            Membership.since("hoogeveen", 2026)))
        .build();
  }

  private static InhabitantRegister register() {
    return InhabitantRegister.of(List.of(
        figure("GM0114", "Emmen", 2026, 100, FigureStatus.FINAL),
        figure("GM0109", "Coevorden", 2026, 30, FigureStatus.FINAL),
        figure("GM0118", "Hoogeveen", 2026, 50, FigureStatus.FINAL),
        figure("GM0114", "Emmen", 2027, 101, FigureStatus.FINAL),
        figure("GM9001", "Zuidwest-Drenthe (illustrative)", 2027, 82, FigureStatus.FINAL)));
  }

  @Test
  void membershipAndFiguresFollowTheSuccessorFromTheYearOfTheMerger() {
    ContributionCalculator calc = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        register(),
        List.of(MERGER));
    ContributionStatement before = calc.calculate(programme(), 2026);
    assertThat(before.lines()).extracting(ContributionLine::partnerId)
        .containsExactly("coevorden", "emmen", "hoogeveen");
    ContributionStatement after = calc.calculate(programme(), 2027);
    assertThat(after.lines()).extracting(ContributionLine::partnerId,
        l -> l.cbsCode().value(), ContributionLine::amount).containsExactly(
            org.assertj.core.groups.Tuple.tuple("emmen", "GM0114", Money.ofEuros(101)),
            org.assertj.core.groups.Tuple.tuple("zuidwest-drenthe", "GM9001",
                Money.ofEuros(82)));
    assertThat(calc.payerFor(programme().partner("coevorden").orElseThrow(), 2027))
        .isEqualTo(SUCCESSOR);
    assertThat(calc.payerFor(programme().partner("coevorden").orElseThrow(), 2026).id())
        .isEqualTo("coevorden");
    assertThat(calc.reorganisations()).containsExactly(MERGER);
  }

  @Test
  void aFigureForACodeThatNoLongerExistsThatYearNamesBothCodes() {
    InhabitantRegister bad = register().with(
        figure("GM0109", "Coevorden", 2027, 30, FigureStatus.PROVISIONAL));
    assertThatThrownBy(() -> ContributionCalculator.of(ReferenceScheme.dutchTechZone(), bad,
        List.of(MERGER)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GM0109").hasMessageContaining("GM9001")
        .hasMessageContaining("2027-01-01");
  }

  @Test
  void anExplicitPayerThatWasMergedAwayIsRefusedNamingBothCodes() {
    ContributionCalculator calc = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        register(),
        List.of(MERGER));
    Partner coevorden = programme().partner("coevorden").orElseThrow();
    assertThatThrownBy(() -> calc.calculate("dtz", 2027, List.of(coevorden)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GM0109").hasMessageContaining("GM9001")
        .hasMessageContaining("2027");
  }

  @Test
  void aChainOfMergersEndsAtTheLastSuccessor() {
    Partner later = Partner.municipality("drenthe-zuid", "Drenthe-Zuid (illustrative)",
        "GM9002");
    Reorganisation second = Reorganisation.of(List.of(MunicipalityCode.of("GM9001")), later,
        2030);
    ContributionCalculator calc = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        register(), List.of(MERGER, second));
    Partner hoogeveen = programme().partner("hoogeveen").orElseThrow();
    assertThat(calc.payerFor(hoogeveen, 2029)).isEqualTo(SUCCESSOR);
    assertThat(calc.payerFor(hoogeveen, 2030)).isEqualTo(later);
  }

  @Test
  void rejectsMalformedReorganisations() {
    assertThatThrownBy(() -> Reorganisation.of(List.of(), SUCCESSOR, 2027))
        .hasMessageContaining("predecessors").hasMessageContaining("zuidwest-drenthe");
    assertThatThrownBy(() -> Reorganisation.of(List.of(MunicipalityCode.of("GM9001")),
        SUCCESSOR, 2027)).hasMessageContaining("code of its own");
    assertThatThrownBy(() -> Reorganisation.of(List.of(MunicipalityCode.of("GM0109"),
        MunicipalityCode.of("GM0109")), SUCCESSOR, 2027)).hasMessageContaining("twice");
    assertThatThrownBy(() -> Reorganisation.of(List.of(MunicipalityCode.of("GM0109")),
        Partner.of("hub", "Hub", PartnerKind.INNOVATION_HUB), 2027))
        .hasMessageContaining("must be a municipality");
    Reorganisation other = Reorganisation.of(List.of(MunicipalityCode.of("GM0109")),
        Partner.municipality("x", "X", "GM9003"), 2028);
    assertThatThrownBy(() -> ContributionCalculator.of(ReferenceScheme.dutchTechZone(), register(),
        List.of(MERGER, other))).hasMessageContaining("GM0109 twice");
  }
}
