package nl.dutchtechzone.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.Provenance;
import org.junit.jupiter.api.Test;

/**
 * The provenance of inhabitant figures read from CBS, and several vintages of one status, in the
 * dataset format. The figures are test data (their file names say so).
 */
class DatasetProvenanceTest {

  private static InhabitantFigure cbs(long inhabitants, FigureStatus status, LocalDate retrieved) {
    return InhabitantFigure.fromCbs(MunicipalityCode.of("GM0114"), "Emmen",
        LocalDate.of(2023, 1, 1), inhabitants,
        Provenance.of("03759ned", "2023JJ00", status, "test-data-03759ned.json", retrieved));
  }

  @Test
  void writesAndReadsTheProvenanceOfEachVintage() throws DatasetException {
    InhabitantFigure first = cbs(107_000, FigureStatus.PROVISIONAL, LocalDate.of(2023, 7, 1));
    InhabitantFigure again = cbs(107_002, FigureStatus.PROVISIONAL, LocalDate.of(2023, 9, 1));
    InhabitantFigure fin = cbs(107_031, FigureStatus.FINAL, LocalDate.of(2025, 7, 1));
    Dataset dataset = Dataset.builder().from(Dataset.dutchTechZone())
        .addInhabitantFigures(first, again, fin).build();

    byte[] bytes = JsonDatasets.toBytes(dataset);
    String json = new String(bytes, StandardCharsets.UTF_8);
    assertThat(json).contains("\"provenance\": {\n        \"tableId\": \"03759ned\",\n"
        + "        \"periodCode\": \"2023JJ00\",\n        \"status\": \"provisional\",\n"
        + "        \"file\": \"test-data-03759ned.json\",\n"
        + "        \"retrieved\": \"2023-07-01\"\n      }");
    Dataset back = JsonDatasets.read(bytes);
    assertThat(back).isEqualTo(dataset);
    assertThat(back.inhabitantRegister().asKnownAt(LocalDate.of(2023, 8, 1))
        .figureFor(MunicipalityCode.of("GM0114"), LocalDate.of(2023, 1, 1))).isEqualTo(first);
  }

  @Test
  void rejectsTheSameVintageTwiceAndAProvenanceThatContradictsTheStatus() {
    InhabitantFigure first = cbs(107_000, FigureStatus.PROVISIONAL, LocalDate.of(2023, 7, 1));
    assertThatThrownBy(() -> Dataset.builder().from(Dataset.dutchTechZone())
        .addInhabitantFigures(first, first).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate provisional inhabitant figure of GM0114")
        .hasMessageContaining("retrieved 2023-07-01");

    String json = new String(JsonDatasets.toBytes(Dataset.builder()
        .from(Dataset.dutchTechZone()).addInhabitantFigures(first).build()),
        StandardCharsets.UTF_8);
    String contradicting = json.replace("\"status\": \"provisional\",\n"
        + "        \"file\"", "\"status\": \"final\",\n        \"file\"");
    assertThat(contradicting).isNotEqualTo(json);
    assertThatThrownBy(() -> JsonDatasets.read(contradicting.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(DatasetException.class).hasMessageContaining("provenance");

    String noDate = json.replace("\"retrieved\": \"2023-07-01\"", "\"retrieved\": \"soon\"");
    assertThatThrownBy(() -> JsonDatasets.read(noDate.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(DatasetException.class).hasMessageContaining("provenance.retrieved");
  }
}
