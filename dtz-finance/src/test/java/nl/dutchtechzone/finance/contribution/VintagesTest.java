package nl.dutchtechzone.finance.contribution;

import static nl.dutchtechzone.finance.testing.Illustrative.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import org.junit.jupiter.api.Test;

/**
 * The three statuses, provenance, the register's views ("as known at a status or date"), the
 * reason for a choice and the settlement chain over vintages. Every figure here is illustrative
 * test data, labelled as such in its source or file name.
 */
class VintagesTest {

  private static final MunicipalityCode EMMEN = MunicipalityCode.of("GM0114");
  private static final MunicipalityCode COEVORDEN = MunicipalityCode.of("GM0109");
  private static final LocalDate JAN_2023 = LocalDate.of(2023, 1, 1);
  private static final String FILE = "illustrative-test-download.json";

  static InhabitantFigure cbs(MunicipalityCode code, String name, long inhabitants,
      FigureStatus status, LocalDate retrieved) {
    return InhabitantFigure.fromCbs(code, name, JAN_2023, inhabitants,
        Provenance.of("03759ned", "2023JJ00", status, FILE, retrieved));
  }

  private static final InhabitantFigure EMMEN_P =
      cbs(EMMEN, "Emmen", 107_000, FigureStatus.PROVISIONAL, LocalDate.of(2023, 7, 1));
  private static final InhabitantFigure EMMEN_R =
      cbs(EMMEN, "Emmen", 107_040, FigureStatus.REVISED_PROVISIONAL, LocalDate.of(2024, 7, 1));
  private static final InhabitantFigure EMMEN_F =
      cbs(EMMEN, "Emmen", 107_031, FigureStatus.FINAL, LocalDate.of(2025, 7, 1));
  private static final InhabitantFigure COEVORDEN_P =
      cbs(COEVORDEN, "Coevorden", 35_300, FigureStatus.PROVISIONAL, LocalDate.of(2023, 7, 1));
  private static final InhabitantFigure COEVORDEN_F =
      cbs(COEVORDEN, "Coevorden", 35_290, FigureStatus.FINAL, LocalDate.of(2025, 7, 1));

  private static final InhabitantRegister REGISTER = InhabitantRegister.of(List.of(
      EMMEN_F, COEVORDEN_F, EMMEN_R, EMMEN_P, COEVORDEN_P));

  private static final List<Partner> PAYERS = List.of(
      Partner.municipality("emmen", "Emmen", "GM0114"),
      Partner.municipality("coevorden", "Coevorden", "GM0109"));

  @Test
  void knowsThreeStatusesInPublicationOrder() {
    assertThat(FigureStatus.values()).containsExactly(FigureStatus.PROVISIONAL,
        FigureStatus.REVISED_PROVISIONAL, FigureStatus.FINAL);
    assertThat(FigureStatus.REVISED_PROVISIONAL.isFinal()).isFalse();
    assertThat(FigureStatus.FINAL.isFinal()).isTrue();
  }

  @Test
  void aRevisedProvisionalFigureBeatsTheProvisionalOneAndLosesToTheFinalOne() {
    InhabitantRegister noFinal = InhabitantRegister.of(List.of(EMMEN_P, EMMEN_R));
    assertThat(noFinal.figureFor(EMMEN, JAN_2023)).isEqualTo(EMMEN_R);
    assertThat(REGISTER.figureFor(EMMEN, JAN_2023)).isEqualTo(EMMEN_F);
  }

  @Test
  void everyCbsFigureCarriesItsProvenance() {
    Provenance p = EMMEN_R.provenance().orElseThrow();
    assertThat(p.tableId()).isEqualTo("03759ned");
    assertThat(p.periodCode()).isEqualTo("2023JJ00");
    assertThat(p.status()).isEqualTo(FigureStatus.REVISED_PROVISIONAL);
    assertThat(p.file()).isEqualTo(FILE);
    assertThat(p.retrieved()).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(EMMEN_R.knownOn()).contains(LocalDate.of(2024, 7, 1));
    assertThat(EMMEN_R.source(Locale.ENGLISH)).isEqualTo("CBS 03759ned, period 2023JJ00 (revised"
        + " provisional), file " + FILE + ", retrieved 2024-07-01");
  }

  @Test
  void rejectsAFigureWhoseStatusContradictsItsProvenance() {
    assertThatThrownBy(() -> InhabitantFigure.builder().from(EMMEN_P)
        .status(FigureStatus.FINAL).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Emmen").hasMessageContaining("FINAL")
        .hasMessageContaining("PROVISIONAL");
  }

  @Test
  void rejectsBlankProvenanceTexts() {
    assertThatThrownBy(() -> Provenance.of("03759ned", "2023JJ00", FigureStatus.FINAL, " ",
        JAN_2023)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Provenance.file");
    assertThatThrownBy(() -> Provenance.of(" ", "2023JJ00", FigureStatus.FINAL, FILE,
        JAN_2023)).hasMessageContaining("Provenance.tableId");
  }

  @Test
  void sameStatusRetrievedTwiceCountsTheLaterDownload() {
    InhabitantFigure again = cbs(EMMEN, "Emmen", 107_002, FigureStatus.PROVISIONAL,
        LocalDate.of(2023, 9, 1));
    InhabitantRegister r = InhabitantRegister.of(List.of(again, EMMEN_P));
    assertThat(r.figureFor(EMMEN, JAN_2023)).isEqualTo(again);
    assertThat(r.figure(EMMEN, JAN_2023, FigureStatus.PROVISIONAL)).contains(again);
    assertThat(r.asKnownAt(LocalDate.of(2023, 8, 1)).figureFor(EMMEN, JAN_2023))
        .isEqualTo(EMMEN_P);
  }

  @Test
  void rejectsTheSameStatusAndRetrievalDateTwiceNamingTheSource() {
    InhabitantFigure twin = cbs(EMMEN, "Emmen", 1, FigureStatus.PROVISIONAL,
        LocalDate.of(2023, 7, 1));
    assertThatThrownBy(() -> InhabitantRegister.of(List.of(EMMEN_P, twin)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GM0114").hasMessageContaining("2023-07-01")
        .hasMessageContaining(FILE);
  }

  @Test
  void theViewAtAStatusGivesTheEstimateFromTheSameRegister() {
    InhabitantRegister provisional = REGISTER.asKnownAt(FigureStatus.PROVISIONAL);
    assertThat(provisional.figures()).containsExactlyInAnyOrder(EMMEN_P, COEVORDEN_P);
    InhabitantRegister revised = REGISTER.asKnownAt(FigureStatus.REVISED_PROVISIONAL);
    assertThat(revised.figureFor(EMMEN, JAN_2023)).isEqualTo(EMMEN_R);
    assertThat(REGISTER.asKnownAt(FigureStatus.FINAL)).isSameAs(REGISTER);

    ContributionCalculator calc = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        REGISTER);
    ContributionStatement estimate = calc.withRegister(provisional).calculate("dtz", 2023, PAYERS);
    ContributionStatement fin = calc.calculate("dtz", 2023, PAYERS);
    assertThat(estimate.status()).isEqualTo(BudgetStatus.ESTIMATE);
    assertThat(estimate.total()).isEqualTo(Money.ofEuros(107_000 + 35_300));
    assertThat(fin.status()).isEqualTo(BudgetStatus.FINAL);
    assertThat(Settlement.between(estimate, fin).total())
        .isEqualTo(Money.ofEuros((107_031 + 35_290) - (107_000 + 35_300)));
  }

  @Test
  void theViewAtADateKeepsWhatWasRetrievedByThenAndFiguresTypedInByHand() {
    InhabitantFigure typed = figure("GM0118", "Hoogeveen", 2023, 55_000,
        FigureStatus.PROVISIONAL);
    InhabitantRegister r = REGISTER.with(typed);
    InhabitantRegister mid2024 = r.asKnownAt(LocalDate.of(2024, 12, 31));
    assertThat(mid2024.figures()).containsExactlyInAnyOrder(EMMEN_P, EMMEN_R, COEVORDEN_P,
        typed);
    assertThat(r.asKnownAt(LocalDate.of(2024, 7, 1)).figureFor(EMMEN, JAN_2023))
        .as("a download counts from its retrieval day on").isEqualTo(EMMEN_R);
    assertThat(r.asKnownAt(LocalDate.of(2020, 1, 1)).figures()).containsExactly(typed);
  }

  @Test
  void explainsWhichFigureCountsAsKnownAtADateAndWhy() {
    FigureChoice choice = REGISTER.explain(EMMEN, JAN_2023, LocalDate.of(2024, 8, 1));
    assertThat(choice.figure()).isEqualTo(EMMEN_R);
    assertThat(choice.superseded()).containsExactly(EMMEN_P);
    assertThat(choice.notYetKnown()).containsExactly(EMMEN_F);
    assertThat(choice.knownAt()).contains(LocalDate.of(2024, 8, 1));
    assertThat(choice.reason()).isEqualTo("revised provisional figure 107040 counts ("
        + EMMEN_R.source(Locale.ENGLISH) + "): no final figure is known on 2024-08-01; supersedes"
        + " provisional 107000 (retrieved 2023-07-01); not yet known then: final 107031"
        + " (retrieved 2025-07-01)");

    FigureChoice now = REGISTER.explain(EMMEN, JAN_2023);
    assertThat(now.figure()).isEqualTo(EMMEN_F);
    assertThat(now.superseded()).containsExactly(EMMEN_P, EMMEN_R);
    assertThat(now.notYetKnown()).isEmpty();
    assertThat(now.reason()).startsWith("final figure 107031 counts (").contains(
        "the most certain status; supersedes provisional 107000");
  }

  @Test
  void explainingADayBeforeAnyFigureIsAMissingFigure() {
    assertThatThrownBy(() -> REGISTER.explain(EMMEN, JAN_2023, LocalDate.of(2023, 6, 30)))
        .isInstanceOf(MissingInhabitantFigureException.class).hasMessageContaining("GM0114");
  }

  @Test
  void aHandTypedFigureSaysItCountsAsKnownFromTheStart() {
    InhabitantRegister r = InhabitantRegister.of(List.of(
        figure("GM0114", "Emmen", 2023, 5, FigureStatus.PROVISIONAL)));
    assertThat(r.explain(EMMEN, JAN_2023).reason())
        .contains("no revised provisional or final figure is known")
        .contains("no retrieval date and counts as known from the start");
  }

  @Test
  void theHistoryOfAYearIsTheChainEstimateRevisedFinal() {
    ContributionCalculator calc = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        REGISTER);
    ContributionHistory h = ContributionHistory.of(calc, "dtz", 2023, PAYERS);

    assertThat(h.programmeId()).isEqualTo("dtz");
    assertThat(h.year()).isEqualTo(2023);
    assertThat(h.vintages()).extracting(ContributionVintage::label).containsExactly(
        "provisional, retrieved 2023-07-01", "revised provisional, retrieved 2024-07-01",
        "final, retrieved 2025-07-01");
    assertThat(h.vintages()).extracting(v -> v.statement().total()).containsExactly(
        Money.ofEuros(142_300), Money.ofEuros(142_340), Money.ofEuros(142_321));
    List<Settlement> steps = h.settlements();
    assertThat(steps).hasSize(2);
    assertThat(steps.get(0).total()).isEqualTo(Money.ofEuros(40));
    assertThat(steps.get(1).total()).isEqualTo(Money.ofEuros(-19));
    assertThat(steps.get(1).lines()).extracting(SettlementLine::partnerId,
        SettlementLine::difference).containsExactly(
            org.assertj.core.groups.Tuple.tuple("coevorden", Money.ofEuros(-10)),
            org.assertj.core.groups.Tuple.tuple("emmen", Money.ofEuros(-9)));
    assertThat(h.settledTotal()).isEqualTo(Money.ofEuros(21));
    assertThat(h.latest()).isEqualTo(calc.calculate("dtz", 2023, PAYERS));
    assertThat(h.notes()).isEmpty();
  }

  @Test
  void aPointAtWhichAPayerHasNoFigureYetGivesNoVintageAndANote() {
    InhabitantFigure coevordenLate = cbs(COEVORDEN, "Coevorden", 35_300,
        FigureStatus.PROVISIONAL, LocalDate.of(2023, 8, 1));
    InhabitantRegister r = InhabitantRegister.of(List.of(EMMEN_P, coevordenLate));
    ContributionHistory h = ContributionHistory.of(
        ContributionCalculator.of(ReferenceScheme.dutchTechZone(), r), "dtz", 2023, PAYERS);
    assertThat(h.vintages()).hasSize(1);
    assertThat(h.vintages().get(0).knownOn()).contains(LocalDate.of(2023, 8, 1));
    assertThat(h.settlements()).isEmpty();
    assertThat(h.notes()).singleElement().asString()
        .contains("provisional, retrieved 2023-07-01").contains("GM0109");
  }

  @Test
  void aHandTypedRegisterGivesOneVintagePerStatus() {
    InhabitantRegister r = InhabitantRegister.of(List.of(
        figure("GM0114", "Emmen", 2023, 100, FigureStatus.PROVISIONAL),
        figure("GM0114", "Emmen", 2023, 110, FigureStatus.FINAL),
        figure("GM0109", "Coevorden", 2023, 50, FigureStatus.FINAL)));
    ContributionHistory h = ContributionHistory.of(
        ContributionCalculator.of(ReferenceScheme.dutchTechZone(), r), "dtz", 2023, PAYERS);
    assertThat(h.vintages()).extracting(ContributionVintage::label)
        .containsExactly("final");
    assertThat(h.notes()).singleElement().asString().contains("GM0109");

    InhabitantRegister both = r.with(figure("GM0109", "Coevorden", 2023, 49,
        FigureStatus.PROVISIONAL));
    ContributionHistory h2 = ContributionHistory.of(
        ContributionCalculator.of(ReferenceScheme.dutchTechZone(), both), "dtz", 2023, PAYERS);
    assertThat(h2.vintages()).extracting(ContributionVintage::label)
        .containsExactly("provisional", "final");
    assertThat(h2.settlements().get(0).total()).isEqualTo(Money.ofEuros(11));
  }

  @Test
  void settlesTwoEstimatesWithOf() {
    ContributionCalculator calc = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        REGISTER);
    ContributionStatement first = calc.withRegister(REGISTER.asKnownAt(FigureStatus.PROVISIONAL))
        .calculate("dtz", 2023, PAYERS);
    ContributionStatement second = calc.withRegister(
        REGISTER.asKnownAt(FigureStatus.REVISED_PROVISIONAL)).calculate("dtz", 2023, PAYERS);
    assertThatThrownBy(() -> Settlement.between(first, second))
        .hasMessageContaining("FINAL");
    Settlement s = Settlement.of(first, second);
    assertThat(s.total()).isEqualTo(second.total().minus(first.total()));
    assertThat(s.estimateTotal()).isEqualTo(first.total());
    assertThat(s.finalTotal()).isEqualTo(second.total());
  }
}
