package nl.dutchtechzone.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** read(write(x)) equals x, and writing is a pure function of the dataset. */
class DatasetRoundTripProperties {

  @Property(tries = 300)
  void readingWhatWasWrittenGivesTheSameDataset(@ForAll long seed) throws DatasetException {
    Dataset dataset = RandomDatasets.generate(seed);

    Dataset read = JsonDatasets.read(JsonDatasets.toBytes(dataset));

    assertThat(read).isEqualTo(dataset);
  }

  @Property(tries = 100)
  void writingTheReadDatasetGivesTheSameBytes(@ForAll long seed) throws DatasetException {
    byte[] written = JsonDatasets.toBytes(RandomDatasets.generate(seed));

    assertThat(JsonDatasets.toBytes(JsonDatasets.read(written))).isEqualTo(written);
  }
}
