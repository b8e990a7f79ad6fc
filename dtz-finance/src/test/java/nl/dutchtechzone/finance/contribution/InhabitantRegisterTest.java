package nl.dutchtechzone.finance.contribution;

import static nl.dutchtechzone.finance.testing.Illustrative.figure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import org.junit.jupiter.api.Test;

class InhabitantRegisterTest {

  private static final MunicipalityCode EMMEN = MunicipalityCode.of("GM0114");
  private static final LocalDate JAN_2022 = LocalDate.of(2022, 1, 1);

  @Test
  void prefersTheFinalFigureOverTheProvisionalOne() {
    InhabitantRegister register = InhabitantRegister.of(List.of(
        figure("GM0114", "Emmen", 2022, 100, FigureStatus.PROVISIONAL),
        figure("GM0114", "Emmen", 2022, 101, FigureStatus.FINAL)));
    InhabitantFigure f = register.figureFor(EMMEN, JAN_2022);
    assertThat(f.inhabitants()).isEqualTo(101);
    assertThat(f.isFinal()).isTrue();
  }

  @Test
  void fallsBackToTheProvisionalFigureAndSaysSo() {
    InhabitantRegister register = InhabitantRegister.of(List.of(
        figure("GM0114", "Emmen", 2022, 100, FigureStatus.PROVISIONAL)));
    InhabitantFigure f = register.figureFor(EMMEN, JAN_2022);
    assertThat(f.inhabitants()).isEqualTo(100);
    assertThat(f.status()).isEqualTo(FigureStatus.PROVISIONAL);
    assertThat(f.isFinal()).isFalse();
  }

  @Test
  void addingTheFinalFigureLaterChangesTheAnswer() {
    InhabitantRegister register = InhabitantRegister.of(List.of(
        figure("GM0114", "Emmen", 2022, 100, FigureStatus.PROVISIONAL)))
        .with(figure("GM0114", "Emmen", 2022, 99, FigureStatus.FINAL));
    assertThat(register.figureFor(EMMEN, JAN_2022).inhabitants()).isEqualTo(99);
    assertThat(register.figuresOf(EMMEN)).extracting(InhabitantFigure::status)
        .containsExactly(FigureStatus.PROVISIONAL, FigureStatus.FINAL);
  }

  @Test
  void missingFigureNamesTheMunicipalityAndTheDate() {
    InhabitantRegister register = ReferenceInhabitants.register();
    assertThatThrownBy(() -> register.figureFor(EMMEN, JAN_2022))
        .isInstanceOf(MissingInhabitantFigureException.class)
        .hasMessageContaining("Emmen").hasMessageContaining("GM0114")
        .hasMessageContaining("2022-01-01")
        .satisfies(e -> {
          MissingInhabitantFigureException m = (MissingInhabitantFigureException) e;
          assertThat(m.municipality()).isEqualTo(EMMEN);
          assertThat(m.referenceDate()).isEqualTo(JAN_2022);
        });
  }

  @Test
  void missingFigureOfAnUnknownMunicipalityNamesItsCode() {
    assertThatThrownBy(() -> InhabitantRegister.empty()
        .figureFor(MunicipalityCode.of("GM1681"), JAN_2022))
        .isInstanceOf(MissingInhabitantFigureException.class)
        .hasMessageContaining("GM1681").hasMessageContaining("2022-01-01");
  }

  @Test
  void looksUpByPartnerAndNamesThePartnerWhenMissing() {
    Partner emmen = Partner.municipality("emmen", "Gemeente Emmen", "GM0114");
    assertThat(ReferenceInhabitants.register().figureFor(emmen, LocalDate.of(2021, 1, 1))
        .inhabitants()).isEqualTo(107_024);
    InhabitantRegister withFinal = ReferenceInhabitants.register()
        .with(figure("GM0114", "Emmen", 2021, 107_025, FigureStatus.FINAL));
    assertThat(withFinal.figureFor(emmen, LocalDate.of(2021, 1, 1)).inhabitants())
        .isEqualTo(107_025);
    assertThatThrownBy(() -> ReferenceInhabitants.register().figureFor(emmen, JAN_2022))
        .isInstanceOf(MissingInhabitantFigureException.class)
        .hasMessageContaining("Gemeente Emmen").hasMessageContaining("2022-01-01");
  }

  @Test
  void rejectsAPartnerWithoutCbsCode() {
    Partner province = Partner.of("provincie-drenthe", "Provincie Drenthe", PartnerKind.PROVINCE);
    assertThatThrownBy(() -> ReferenceInhabitants.register().figureFor(province, JAN_2022))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("provincie-drenthe").hasMessageContaining("no CBS code");
  }

  @Test
  void rejectsTwoFiguresWithTheSameStatusForOneDate() {
    assertThatThrownBy(() -> InhabitantRegister.of(List.of(
        figure("GM0114", "Emmen", 2022, 100, FigureStatus.PROVISIONAL),
        figure("GM0114", "Emmen", 2022, 101, FigureStatus.PROVISIONAL))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GM0114").hasMessageContaining("2022-01-01")
        .hasMessageContaining("PROVISIONAL");
  }

  @Test
  void rejectsNegativeInhabitants() {
    assertThatThrownBy(() -> figure("GM0114", "Emmen", 2022, -1, FigureStatus.FINAL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inhabitants").hasMessageContaining("-1")
        .hasMessageContaining("Emmen");
  }

  @Test
  void rejectsABlankSourceOrName() {
    assertThatThrownBy(() -> InhabitantFigure.of(EMMEN, "Emmen", JAN_2022, 1,
        FigureStatus.FINAL, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
    assertThatThrownBy(() -> InhabitantFigure.of(EMMEN, " ", JAN_2022, 1,
        FigureStatus.FINAL, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("municipalityName");
    assertThatThrownBy(() -> InhabitantFigure.of(EMMEN, "Emmen", JAN_2022, 1,
        FigureStatus.FINAL, " "))
        .hasMessage("InhabitantFigure.source of Emmen (GM0114) on 2022-01-01 must not be blank:"
            + " say where the figure comes from, got ' '");
    assertThatThrownBy(() -> InhabitantFigure.builder().source(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("InhabitantFigure.source must not be blank: say where the figure comes from,"
            + " got ''");
  }

  @Test
  void isNullPointerClean() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(MunicipalityCode.class, EMMEN)
        .setDefault(LocalDate.class, JAN_2022)
        .setDefault(LocalizedText.class, ReferenceInhabitants.SOURCE)
        .setDefault(Provenance.class, Provenance.of("03759ned", "2022JJ00", FigureStatus.FINAL,
            "test-file.json", JAN_2022))
        .setDefault(InhabitantFigure.class,
            figure("GM0114", "Emmen", 2022, 1, FigureStatus.FINAL))
        .setDefault(Partner.class, Partner.municipality("emmen", "Emmen", "GM0114"));
    tester.testAllPublicStaticMethods(InhabitantRegister.class);
    tester.testAllPublicInstanceMethods(ReferenceInhabitants.register());
    tester.testAllPublicStaticMethods(InhabitantFigure.class);
    tester.testAllPublicConstructors(MissingInhabitantFigureException.class);
  }
}
