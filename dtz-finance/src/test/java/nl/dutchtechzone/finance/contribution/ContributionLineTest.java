package nl.dutchtechzone.finance.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import nl.dutchtechzone.finance.testing.Illustrative;
import org.junit.jupiter.api.Test;

class ContributionLineTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static ContributionLine.Builder valid() {
    return ContributionLine.builder().partnerId("emmen").name("Emmen")
        .cbsCode(MunicipalityCode.of("GM0114")).referenceDate(LocalDate.of(2021, 1, 1))
        .inhabitants(0).rate(BigDecimal.ZERO).amount(Money.ZERO)
        .figureStatus(FigureStatus.FINAL).figureSource("x");
  }

  @Test
  void acceptsZeroInhabitantsAndAZeroRate() {
    ContributionLine l = valid().build();
    assertThat(l.inhabitants()).isZero();
    assertThat(Illustrative.figure("GM0114", "Emmen", 2021, 0, FigureStatus.FINAL)
        .inhabitants()).isZero();
  }

  @Test
  void rejectsMalformedLines() {
    assertThatThrownBy(() -> valid().partnerId("not an id").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an id");
    assertThatThrownBy(() -> valid().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    assertThatThrownBy(() -> valid().inhabitants(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inhabitants")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> valid().rate(new BigDecimal("-0.01")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate")
        .hasMessageContaining("-0.01");
    assertThatThrownBy(() -> valid().figureSource("").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("figureSource");
    assertThatThrownBy(() -> valid().figureSource(" \t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ContributionLine.figureSource must not be blank, got ' \t'");
  }

  @Test
  void rendersTheReferenceFiguresSourceInTheReadersLanguageWithoutTheFigure() {
    InhabitantFigure emmen = ReferenceInhabitants.figures2021().get(1);
    ContributionLine line = ContributionLine.of(emmen).partnerId("emmen").name("Emmen")
        .rate(BigDecimal.ONE).amount(Money.parse("107024.00")).build();

    assertThat(line.figureSource()).isEqualTo(ReferenceInhabitants.SOURCE);
    assertThat(line.figureProvenance()).isEmpty();
    assertThat(line.figureSource(DUTCH))
        .isEqualTo("CBS, tabel 03759ned, zoals aangehaald op encyclopediepagina's");
    assertThat(line.figureSource(Locale.ENGLISH))
        .isEqualTo("CBS, table 03759ned, as quoted by encyclopaedia pages");
    assertThat(line.figureSource(Locale.GERMAN)).isEqualTo(emmen.source(Locale.GERMAN))
        .isEqualTo("CBS, table 03759ned, as quoted by encyclopaedia pages");
    assertThat(line.cbsCode()).isEqualTo(emmen.municipality());
    assertThat(line.referenceDate()).isEqualTo(emmen.referenceDate());
    assertThat(line.inhabitants()).isEqualTo(107_024L);
    assertThat(line.figureStatus()).isEqualTo(FigureStatus.PROVISIONAL);
  }

  @Test
  void describesACbsFiguresProvenanceInTheReadersLanguageAndKeepsAWrittenSourceAsWritten() {
    Provenance p = Provenance.of("03759ned", "2021JJ00", FigureStatus.FINAL, "test-download.json",
        LocalDate.of(2022, 7, 1));
    InhabitantFigure cbs = InhabitantFigure.fromCbs(MunicipalityCode.of("GM0114"), "Emmen",
        LocalDate.of(2021, 1, 1), 107_031, p);
    ContributionLine read = ContributionLine.of(cbs).partnerId("emmen").name("Emmen")
        .rate(BigDecimal.ONE).amount(Money.parse("107031.00")).build();
    ContributionLine typed = valid().figureSource("test: copied by hand").build();

    assertThat(read.figureProvenance()).contains(p);
    assertThat(read.figureSource(DUTCH)).isEqualTo(cbs.source(DUTCH)).isEqualTo("CBS 03759ned,"
        + " periode 2021JJ00 (definitief), bestand test-download.json, opgehaald op 2022-07-01");
    assertThat(read.figureSource(Locale.ENGLISH)).isEqualTo("CBS 03759ned, period 2021JJ00"
        + " (final), file test-download.json, retrieved 2022-07-01");
    assertThat(typed.figureSource()).isEqualTo(LocalizedText.dutch("test: copied by hand"));
    assertThat(typed.figureSource(DUTCH)).isEqualTo("test: copied by hand");
    assertThat(typed.figureSource(Locale.ENGLISH)).isEqualTo("test: copied by hand");
  }

  @Test
  void rejectsAProvenanceThatContradictsTheFiguresStatus() {
    Provenance provisional = Provenance.of("03759ned", "2021JJ00", FigureStatus.PROVISIONAL,
        "test-download.json", LocalDate.of(2021, 7, 1));

    assertThatThrownBy(() -> valid().figureProvenance(provisional).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ContributionLine.figureStatus of 'emmen' is FINAL")
        .hasMessageContaining("says PROVISIONAL");
  }

  @Test
  void registerListsTheFiguresOfOneMunicipalityOnly() {
    InhabitantRegister r = ReferenceInhabitants.register()
        .with(Illustrative.figure("GM0114", "Emmen", 2020, 1, FigureStatus.FINAL));
    assertThat(r.figuresOf(MunicipalityCode.of("GM0114")))
        .extracting(InhabitantFigure::referenceDate)
        .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
    assertThat(r.figuresOf(MunicipalityCode.of("GM9999"))).isEqualTo(List.of());
  }
}
