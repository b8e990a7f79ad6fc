package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large datasets in a small heap, in forked JVMs ({@link HeapProbe}): 100,000 budget lines
 * (27 MB) read within {@code -Xmx96m}, a tenth of the 1,000,000 lines in {@code -Xmx512m} that
 * the README's Performance section reports; in {@code -Xmx16m} the same file is a dataset
 * problem naming the bytes read and the heap limit, with no stack trace; a field unknown on every
 * line is one problem with a count.
 */
class LargeDatasetHeapTest {

  private static final int LINES = 100_000;

  @TempDir
  static Path dir;
  private static Path plain;
  private static Path unknown;

  @BeforeAll
  static void writeFiles() throws IOException {
    plain = dir.resolve("large.json");
    unknown = dir.resolve("large-unknown.json");
    LargeDataset.write(plain, LINES, false);
    LargeDataset.write(unknown, LINES, true);
  }

  private static Run probe(String xmx, Path file) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path out = dir.resolve("out-" + xmx + "-" + file.getFileName() + ".txt");
    Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx" + xmx, "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(),
        file.toString()))
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("probe finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out, UTF_8));
  }

  private static final class Run {
    final int exit;
    final String out;

    Run(int exit, String out) {
      this.exit = exit;
      this.out = out;
    }
  }

  @Test
  void readsAHundredThousandBudgetLinesWithinNinetySixMegabytes() throws Exception {
    Run run = probe("96m", plain);

    assertThat(run.out).startsWith("read " + LINES + " lines, " + Files.size(plain) + " bytes");
    assertThat(run.exit).isZero();
  }

  @Test
  void aDatasetTooLargeForTheHeapIsADatasetProblemNotATrace() throws Exception {
    Run run = probe("16m", plain);

    assertThat(run.exit).as(run.out).isEqualTo(2);
    assertThat(run.out).startsWith("the dataset has 1 problem:\n  $ (line 1, column 1): the "
        + "dataset is too large for this Java heap: ")
        .contains(" bytes of it were read when the heap limit of ")
        .containsPattern("\\(\\d+ MiB, -Xmx\\) was reached; give Java more heap \\(such as "
            + "-Xmx\\d+m\\) or split the dataset\n$")
        .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
  }

  @Test
  void reportsAFieldUnknownOnEveryLineOnceWithACount() throws Exception {
    Run run = probe("96m", unknown);

    assertThat(run.exit).isEqualTo(2);
    // Line 618 of the file: the reference programme (its memberships' sources are texts in
    // Dutch and English, four lines each), then the first budget line.
    assertThat(run.out).isEqualTo("the dataset has 1 problem:\n"
        + "  $.plans[0].budget.lines[0].remark (line 618, column 23): unknown field 'remark'; "
        + "expected one of [id, flow, categoryId, description, planned, amended, scope, note] "
        + "(and " + (LINES - 1) + " more like it at $.plans[*].budget.lines[*].remark)\n");
  }
}
