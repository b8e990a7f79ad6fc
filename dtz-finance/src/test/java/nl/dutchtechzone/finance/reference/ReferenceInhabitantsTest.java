package nl.dutchtechzone.finance.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import org.junit.jupiter.api.Test;

class ReferenceInhabitantsTest {

  @Test
  void holdsTheFourPublicFiguresOfFirstJanuary2021() {
    assertThat(ReferenceInhabitants.figures2021())
        .extracting(f -> f.municipality().value(), InhabitantFigure::municipalityName,
            InhabitantFigure::inhabitants)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GM0109", "Coevorden", 35_317L),
            org.assertj.core.groups.Tuple.tuple("GM0114", "Emmen", 107_024L),
            org.assertj.core.groups.Tuple.tuple("GM0118", "Hoogeveen", 55_603L),
            org.assertj.core.groups.Tuple.tuple("GM0160", "Hardenberg", 61_346L));
    assertThat(ReferenceInhabitants.figures2021().stream()
        .mapToLong(InhabitantFigure::inhabitants).sum()).isEqualTo(259_290L);
  }

  @Test
  void labelsEveryFigureWithItsSourceDateAndStatus() {
    assertThat(ReferenceInhabitants.figures2021()).allSatisfy(f -> {
      assertThat(f.source(Locale.forLanguageTag("nl")))
          .isEqualTo("CBS, tabel 03759ned, zoals aangehaald op encyclopediepagina's");
      assertThat(f.source(Locale.ENGLISH))
          .isEqualTo("CBS, table 03759ned, as quoted by encyclopaedia pages");
      assertThat(f.source()).isEqualTo(ReferenceInhabitants.SOURCE);
      assertThat(f.referenceDate()).isEqualTo(LocalDate.of(2021, 1, 1));
      assertThat(f.status()).isEqualTo(FigureStatus.PROVISIONAL);
    });
  }

  @Test
  void registerAnswersFor2021Only() {
    InhabitantRegister register = ReferenceInhabitants.register();
    assertThat(register.figureFor(MunicipalityCode.of("GM0114"), LocalDate.of(2021, 1, 1))
        .inhabitants()).isEqualTo(107_024L);
    assertThat(register.figures()).hasSize(4);
    assertThat(register.figure(MunicipalityCode.of("GM0114"), LocalDate.of(2022, 1, 1),
        FigureStatus.PROVISIONAL)).isEmpty();
  }
}
