package nl.dutchtechzone.finance.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import nl.dutchtechzone.testing.BundleContract;
import org.junit.jupiter.api.Test;

/**
 * The contribution messages (missing figure, register conflict, figure choice, settlement-chain
 * notes) in English and Dutch from one pair of bundles with the same keys; English stays what
 * {@code getMessage()} and the English accessors give; a language without a bundle, and the
 * default locale, change nothing.
 */
class ContributionTextsTest {

  private static final Locale DUTCH = new Locale("nl");
  private static final MunicipalityCode EMMEN = MunicipalityCode.of("GM0114");
  private static final MunicipalityCode COEVORDEN = MunicipalityCode.of("GM0109");
  private static final LocalDate JAN_2023 = LocalDate.of(2023, 1, 1);

  private static InhabitantFigure figure(MunicipalityCode code, String name, long inhabitants,
      FigureStatus status, LocalDate retrieved) {
    return InhabitantFigure.fromCbs(code, name, JAN_2023, inhabitants,
        Provenance.of("03759ned", "2023JJ00", status, "test-download.json", retrieved));
  }

  @Test
  void englishAndDutchHaveTheSameKeys() {
    BundleContract.assertDutchMatchesEnglish(ContributionTextsTest.class, "messages",
        // Dutch names the status by its bundle text {6} where English has the constant {0}
        "register.duplicate.retrieved", "register.duplicate.undated");
  }

  @Test
  void aMissingFigureReadsInDutchAndStaysEnglishInGetMessage() {
    MissingInhabitantFigureException e = catchThrowableOfType(
        MissingInhabitantFigureException.class,
        () -> InhabitantRegister.empty().figureFor(EMMEN, JAN_2023));

    assertThat(e.message(DUTCH)).isEqualTo("geen inwonertal voor gemeente GM0114 (GM0114) op"
        + " peildatum 2023-01-01; voeg een voorlopig of definitief inwonertal voor die datum"
        + " toe");
    assertThat(e.getMessage()).isEqualTo(e.message(Locale.ENGLISH)).isEqualTo("no inhabitant"
        + " figure for municipality GM0114 (GM0114) on reference date 2023-01-01; register a"
        + " provisional or final figure for that date");
    assertThat(e.message(Locale.FRENCH)).isEqualTo(e.getMessage());
  }

  @Test
  void aRegisterConflictReadsInDutchAndEnglish() {
    InhabitantFigure emmen = figure(EMMEN, "Emmen", 107_000, FigureStatus.REVISED_PROVISIONAL,
        LocalDate.of(2024, 7, 1));
    RegisterConflictException e = catchThrowableOfType(RegisterConflictException.class,
        () -> InhabitantRegister.of(List.of(emmen)).with(emmen));

    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.figure()).isEqualTo(emmen);
    assertThat(e.getMessage()).isEqualTo(e.message(Locale.ENGLISH)).isEqualTo(
        "InhabitantRegister.figures must hold at most one REVISED_PROVISIONAL figure per"
            + " municipality, reference date and retrieval date, but Emmen (GM0114) on"
            + " 2023-01-01 retrieved 2024-07-01 occurs more than once (source: "
            + emmen.source(Locale.ENGLISH) + ")");
    assertThat(e.message(DUTCH)).isEqualTo("het inwonerregister mag per gemeente, peildatum en"
        + " ophaaldatum hoogstens één nader voorlopig inwonertal hebben, maar Emmen (GM0114) op"
        + " 2023-01-01, opgehaald op 2024-07-01, komt meer dan eens voor (bron: CBS 03759ned,"
        + " periode 2023JJ00 (nader voorlopig), bestand test-download.json, opgehaald op"
        + " 2024-07-01)");
  }

  @Test
  void aFigureChoiceGivesItsReasonInDutch() {
    InhabitantFigure p = figure(EMMEN, "Emmen", 107_000, FigureStatus.PROVISIONAL,
        LocalDate.of(2023, 7, 1));
    InhabitantFigure r = figure(EMMEN, "Emmen", 107_040, FigureStatus.REVISED_PROVISIONAL,
        LocalDate.of(2024, 7, 1));
    InhabitantFigure f = figure(EMMEN, "Emmen", 107_031, FigureStatus.FINAL,
        LocalDate.of(2025, 7, 1));
    FigureChoice choice = InhabitantRegister.of(List.of(p, r, f))
        .explain(EMMEN, JAN_2023, LocalDate.of(2024, 8, 1));

    assertThat(choice.reason(DUTCH)).isEqualTo("nader voorlopig inwonertal 107040 telt ("
        + r.source(DUTCH) + "): er is geen definitief inwonertal bekend op 2024-08-01; vervangt"
        + " voorlopig 107000 (opgehaald op 2023-07-01); toen nog niet bekend: definitief 107031"
        + " (opgehaald op 2025-07-01)");
    assertThat(choice.reason()).isEqualTo(choice.reason(Locale.ENGLISH)).isEqualTo(
        "revised provisional figure 107040 counts (" + r.source(Locale.ENGLISH)
            + "): no final figure is"
            + " known on 2024-08-01; supersedes provisional 107000 (retrieved 2023-07-01); not"
            + " yet known then: final 107031 (retrieved 2025-07-01)");
  }

  @Test
  void theNotesOfASettlementChainReadInDutch() {
    InhabitantRegister register = InhabitantRegister.of(List.of(
        figure(EMMEN, "Emmen", 107_000, FigureStatus.PROVISIONAL, LocalDate.of(2023, 7, 1)),
        figure(COEVORDEN, "Coevorden", 35_300, FigureStatus.PROVISIONAL,
            LocalDate.of(2023, 8, 1))));
    ContributionHistory h = ContributionHistory.of(
        ContributionCalculator.of(ReferenceScheme.dutchTechZone(), register), "dtz", 2023,
        List.of(Partner.municipality("emmen", "Emmen", "GM0114"),
            Partner.municipality("coevorden", "Coevorden", "GM0109")));

    assertThat(h.notes(DUTCH)).containsExactly("geen overzicht naar de stand van voorlopig,"
        + " opgehaald op 2023-07-01: geen inwonertal voor gemeente Coevorden (GM0109) op"
        + " peildatum 2023-01-01; voeg een voorlopig of definitief inwonertal voor die datum"
        + " toe");
    assertThat(h.notes()).isEqualTo(h.notes(Locale.ENGLISH)).containsExactly("no statement as"
        + " known at provisional, retrieved 2023-07-01: no inhabitant figure for municipality"
        + " Coevorden (GM0109) on reference date 2023-01-01; register a provisional or final"
        + " figure for that date");
  }

  @Test
  void aProvenanceDescribesItselfInDutch() {
    Provenance p = Provenance.of("03759ned", "2023JJ00", FigureStatus.REVISED_PROVISIONAL,
        "test-download.json", LocalDate.of(2024, 7, 1));

    assertThat(p.describe(DUTCH)).isEqualTo("CBS 03759ned, periode 2023JJ00 (nader voorlopig),"
        + " bestand test-download.json, opgehaald op 2024-07-01");
    assertThat(p.describe()).isEqualTo(p.describe(Locale.ENGLISH)).isEqualTo("CBS 03759ned,"
        + " period 2023JJ00 (revised provisional), file test-download.json, retrieved"
        + " 2024-07-01");
  }

  @Test
  void aFigureGivesItsDerivedSourceInTheLanguageAndAWrittenSourceAsItIs() {
    InhabitantFigure cbs = figure(EMMEN, "Emmen", 107_000, FigureStatus.FINAL,
        LocalDate.of(2024, 7, 1));
    InhabitantFigure typed = InhabitantFigure.of(EMMEN, "Emmen", JAN_2023, 107_000,
        FigureStatus.FINAL, "Jaarverslag gemeente Emmen");
    InhabitantFigure written = InhabitantFigure.builder().from(cbs)
        .source("CBS StatLine, copied by hand").build();

    assertThat(cbs.source(DUTCH)).isEqualTo("CBS 03759ned, periode 2023JJ00 (definitief),"
        + " bestand test-download.json, opgehaald op 2024-07-01");
    assertThat(cbs.source(Locale.ENGLISH)).isEqualTo("CBS 03759ned, period 2023JJ00 (final),"
        + " file test-download.json, retrieved 2024-07-01");
    assertThat(typed.source(DUTCH)).isEqualTo("Jaarverslag gemeente Emmen");
    assertThat(written.source(DUTCH)).isEqualTo("CBS StatLine, copied by hand");
  }

  @Test
  void theDefaultLocaleDecidesNothing() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(DUTCH);
      MissingInhabitantFigureException e = catchThrowableOfType(
          MissingInhabitantFigureException.class,
          () -> InhabitantRegister.empty().figureFor(EMMEN, JAN_2023));
      assertThat(e.getMessage()).startsWith("no inhabitant figure for municipality");
      assertThat(e.message(Locale.GERMAN)).isEqualTo(e.getMessage());
    } finally {
      Locale.setDefault(saved);
    }
  }
}
