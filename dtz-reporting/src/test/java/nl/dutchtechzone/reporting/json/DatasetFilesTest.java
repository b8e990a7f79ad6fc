package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Datasets in files and streams: nothing half-written, streams left open. */
class DatasetFilesTest {

  @TempDir
  Path folder;

  @Test
  void writesAFileAndReadsItBack() throws IOException {
    Path file = folder.resolve("dtz.json");

    JsonDatasets.write(Dataset.dutchTechZone(), file);

    assertThat(Files.readAllBytes(file)).isEqualTo(JsonDatasets.toBytes(Dataset.dutchTechZone()));
    assertThat(JsonDatasets.read(file)).isEqualTo(Dataset.dutchTechZone());
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void replacesAnExistingFile() throws IOException {
    Path file = folder.resolve("dtz.json");
    Files.writeString(file, "old", UTF_8);

    JsonDatasets.write(Dataset.dutchTechZone(), file);

    assertThat(JsonDatasets.read(file)).isEqualTo(Dataset.dutchTechZone());
  }

  @Test
  void failsWithoutAFolderAndLeavesNothingBehind() {
    Path file = folder.resolve("missing").resolve("dtz.json");

    assertThatThrownBy(() -> JsonDatasets.write(Dataset.dutchTechZone(), file))
        .isInstanceOf(NoSuchFileException.class);
    assertThat(folder.resolve("missing")).doesNotExist();
  }

  @Test
  void readingABadFileReportsItsProblems() throws IOException {
    Path file = folder.resolve("bad.json");
    Files.writeString(file, "{\"dtzFormat\": 7}", UTF_8);

    assertThatThrownBy(() -> JsonDatasets.read(file)).isInstanceOf(DatasetException.class)
        .hasMessageContaining("$.dtzFormat (line 1, column 15): unsupported dtzFormat 7");
  }

  @Test
  void writingToAStreamFlushesButDoesNotCloseIt() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FilterOutputStream out = new FilterOutputStream(bytes) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    JsonDatasets.write(Dataset.dutchTechZone(), out);

    assertThat(closed[0]).isFalse();
    assertThat(bytes.toByteArray()).isEqualTo(JsonDatasets.toBytes(Dataset.dutchTechZone()));
  }
}
