package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk-through writes {@code DTZ-<year>.pdf}: dtz-pdf is on its run-time class path and its
 * exporter is discovered like the built-ins.
 */
class PdfReportTest {

  @Test
  void writesThePdfOfTheYear(@TempDir Path dir) throws IOException {
    Run run = Run.of("--out", dir.toString(), "--format", "pdf");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    Path pdf = dir.resolve("DTZ-2023.pdf");
    assertThat(run.out).containsPattern("(?m)^  pdf +\\S*DTZ-2023\\.pdf +class path$");
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(Arrays.copyOf(bytes, 5), StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    assertThat(bytes.length).isGreaterThan(20_000);
  }
}
