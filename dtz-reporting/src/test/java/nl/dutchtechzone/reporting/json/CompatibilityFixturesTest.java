package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code dtzFormat: 1} files written before this version's reader changes (the streamed budget
 * lines, the supported ranges, the one-problem-per-pattern unknown fields) still read, with the
 * same result: reading and writing them again gives their bytes back. The fixtures are the
 * reference file as it was committed before the municipalities' 2021 membership, and two random
 * datasets (their short names made safe as file-name parts: the one deliberate break, tested
 * below).
 */
class CompatibilityFixturesTest {

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = CompatibilityFixturesTest.class.getResourceAsStream("compat/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dtz-reference-before-2021-membership.json", "random-seed-3.json",
      "random-seed-7.json"})
  void readsAnEarlierFileToTheSameDataset(String name) throws IOException {
    byte[] bytes = fixture(name);

    Dataset read = JsonDatasets.read(bytes);
    assertThat(new String(JsonDatasets.toBytes(read), UTF_8)).isEqualTo(new String(bytes, UTF_8));
  }

  @Test
  void anEarlierFileWithAShortNameUnsafeInFileNamesIsNowRefusedAtTheProgramme()
      throws IOException {
    String earlier = new String(fixture("random-seed-7.json"), UTF_8).replace(
        "\"shortName\": \"Coevorden char here\"",
        "\"shortName\": \"Coevorden ctrl\\u0001char tab\\there\"");

    assertThatThrownBy(() -> JsonDatasets.read(earlier.getBytes(UTF_8)))
        .isInstanceOf(DatasetException.class)
        .hasMessageContaining("$.programme")
        .hasMessageContaining("Programme.shortName")
        .hasMessageContaining("\\u0001");
  }

  /**
   * The earlier file differs from today's reference in the municipalities' 2021 membership and in
   * the figures' source: it wrote the source as one English string, which reads as a text written
   * in one language (kept as written) and is today's English reading; today's source has a Dutch
   * reading too. Everything else of the figures is equal.
   */
  @Test
  void theEarlierReferenceDiffersFromTodaysOnlyInTheMembershipAndTheSourcesDutchReading()
      throws IOException {
    Dataset earlier = JsonDatasets.read(fixture("dtz-reference-before-2021-membership.json"));
    Dataset today = Dataset.dutchTechZone();

    assertThat(earlier.programme().memberships()).extracting(Membership::fromYear)
        .containsOnly(2022);
    assertThat(earlier.plans()).isEqualTo(today.plans());
    assertThat(earlier.reports()).isEqualTo(today.reports());
    assertThat(earlier.coverLetters()).isEqualTo(today.coverLetters());
    assertThat(earlier.inhabitantFigures()).extracting(InhabitantFigure::source)
        .containsOnly(LocalizedText.dutch(ReferenceInhabitants.SOURCE.en().orElseThrow()));
    assertThat(earlier.inhabitantFigures()).extracting(f -> (InhabitantFigure) InhabitantFigure
        .builder().from(f).source(ReferenceInhabitants.SOURCE).build())
        .isEqualTo(today.inhabitantFigures());
    assertThat(earlier.inhabitantFigures()).isNotEqualTo(today.inhabitantFigures());
    assertThat(earlier.programme().partners()).isEqualTo(DutchTechZone.programme().partners());
    assertThat(List.copyOf(earlier.programme().costCategories()))
        .isEqualTo(today.programme().costCategories());
  }
}
