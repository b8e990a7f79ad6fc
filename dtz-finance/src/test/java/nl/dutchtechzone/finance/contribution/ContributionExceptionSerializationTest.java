package nl.dutchtechzone.finance.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import org.junit.jupiter.api.Test;

/**
 * The contribution exceptions keep what they name through Java serialization (a log shipper, a
 * remote call): the figure of a register conflict, the municipality and date of a missing
 * figure, and with them the message in every language. Before, those fields were transient:
 * after a round trip {@code figure()} was null and {@code message(Locale)} failed.
 */
class ContributionExceptionSerializationTest {

  private static final Locale DUTCH = new Locale("nl");

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void aRegisterConflictOfACbsFigureKeepsItsFigure() throws Exception {
    InhabitantFigure emmen = InhabitantFigure.fromCbs(MunicipalityCode.of("GM0114"), "Emmen",
        LocalDate.of(2023, 1, 1), 107_000, Provenance.of("03759ned", "2023JJ00",
            FigureStatus.FINAL, "03759ned.json", LocalDate.of(2024, 7, 1)));
    RegisterConflictException e = catchThrowableOfType(RegisterConflictException.class,
        () -> InhabitantRegister.of(List.of(emmen)).with(emmen));

    RegisterConflictException back = roundTrip(e);

    assertThat(back.figure()).isEqualTo(emmen);
    assertThat(back.getMessage()).isEqualTo(e.getMessage());
    assertThat(back.message(DUTCH)).isEqualTo(e.message(DUTCH)).contains("bron: CBS 03759ned");
    assertThat(back.getStackTrace()).isEqualTo(e.getStackTrace());
  }

  @Test
  void aRegisterConflictOfAReferenceFigureKeepsBothReadingsOfItsSource() throws Exception {
    InhabitantFigure coevorden = ReferenceInhabitants.figures2021().get(0);
    RegisterConflictException e = catchThrowableOfType(RegisterConflictException.class,
        () -> ReferenceInhabitants.register().with(coevorden));

    RegisterConflictException back = roundTrip(e);

    assertThat(back.figure()).isEqualTo(coevorden);
    assertThat(back.message(DUTCH)).isEqualTo(e.message(DUTCH)).contains("tabel 03759ned");
    assertThat(back.message(Locale.ENGLISH)).contains("table 03759ned");
  }

  @Test
  void aRegisterConflictOfAFigureTypedInOneLanguageKeepsIt() throws Exception {
    InhabitantFigure typed = InhabitantFigure.builder().municipality(MunicipalityCode.of("GM0160"))
        .municipalityName("Hardenberg").referenceDate(LocalDate.of(2022, 1, 1))
        .inhabitants(61_500).status(FigureStatus.PROVISIONAL)
        .source(LocalizedText.dutch("gemeentelijke basisadministratie")).build();
    RegisterConflictException e = catchThrowableOfType(RegisterConflictException.class,
        () -> InhabitantRegister.of(List.of(typed)).with(typed));

    assertThat(roundTrip(e).figure()).isEqualTo(typed);
  }

  @Test
  void aMissingFigureKeepsItsMunicipalityAndDate() throws Exception {
    MissingInhabitantFigureException e = catchThrowableOfType(
        MissingInhabitantFigureException.class,
        () -> InhabitantRegister.empty().figureFor(MunicipalityCode.of("GM0114"),
            LocalDate.of(2023, 1, 1)));

    MissingInhabitantFigureException back = roundTrip(e);

    assertThat(back.municipality()).isEqualTo(MunicipalityCode.of("GM0114"));
    assertThat(back.referenceDate()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(back.name()).isEqualTo(e.name());
    assertThat(back.message(DUTCH)).isEqualTo(e.message(DUTCH)).startsWith("geen inwonertal");
  }
}
