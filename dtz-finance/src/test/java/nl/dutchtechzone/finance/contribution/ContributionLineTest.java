package nl.dutchtechzone.finance.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import nl.dutchtechzone.finance.testing.Illustrative;
import org.junit.jupiter.api.Test;

class ContributionLineTest {

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
