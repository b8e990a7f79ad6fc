package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --inhabitants} and {@code --inhabitants-status} over the reference data. The CBS files
 * are test data in CBS's shapes, labelled so in their names; their figures are made up.
 */
class InhabitantOptionsTest {

  private static final String META = "https://opendata.cbs.nl/ODataApi/OData/03759ned/"
      + "$metadata#Cbs.OData.WebAPI.TypedDataSet";

  private static String typed(long coevorden, long emmen, long hoogeveen, long hardenberg) {
    List<String> rows = new ArrayList<>();
    String[][] regions = {{"GM0109", "" + coevorden}, {"GM0114", "" + emmen},
        {"GM0118", "" + hoogeveen}, {"GM0160", "" + hardenberg}, {"GM1681", "25000"},
        {"NL01", "17475415"}};
    int id = 0;
    for (String[] r : regions) {
      rows.add("{\"ID\": " + id++ + ", \"Geslacht\": \"T001038\", \"Leeftijd\": \"10000\","
          + " \"BurgerlijkeStaat\": \"T001019\", \"RegioS\": \"" + r[0] + "  \", \"Perioden\":"
          + " \"2021JJ00\", \"BevolkingOp1Januari_1\": " + r[1] + "}");
    }
    return "{\"odata.metadata\": \"" + META + "\", \"value\": [" + String.join(",", rows)
        + "]}";
  }

  private static Path write(Path dir, String name, String text, LocalDate retrieved)
      throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.from(retrieved.atStartOfDay(ZoneOffset.UTC)
        .plusHours(10).toInstant()));
    return file;
  }

  @Test
  void showsTheStatusAndSourceOfEachFigureAndTheSettlementChain(@TempDir Path dir)
      throws IOException {
    Path a = write(dir, "test-data-a.json", typed(35_320, 107_030, 55_600, 61_350),
        LocalDate.of(2021, 7, 1));
    Path b = write(dir, "test-data-b.csv", "\"Regio's\";\"Perioden\";"
        + "\"Bevolking op 1 januari (aantal)\"\r\n\"Emmen\";\"2021**\";\"107040\"\r\n"
        + "\"Coevorden\";\"2021**\";\"35330\"\r\n", LocalDate.of(2022, 7, 1));
    Path c = write(dir, "test-data-c.json", typed(35_325, 107_035, 55_610, 61_340),
        LocalDate.of(2023, 7, 1));
    write(dir, "test-data-c.Perioden.json", "{\"value\": [{\"Key\": \"2021JJ00\", \"Title\":"
        + " \"2021\", \"Description\": \"\", \"Status\": \"Definitief\"}]}",
        LocalDate.of(2023, 7, 1));

    Run run = Run.of("--inhabitants", a.toString(), "--inhabitants-status", "provisional",
        "--inhabitants", b.toString(), "--inhabitants", c.toString(),
        "--out", dir.resolve("out").toString(), "--format", "json");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains(a + " (CBS 03759ned): 4 figures from 6 rows; skipped 1"
        + " municipality not in the programme (1 row); skipped 1 row of other regions;"
        + " retrieved 2021-07-01 (the file's date)");
    String contributions = WalkthroughTest.section(run.out, "== Contributions 2021 (final)");
    assertThat(contributions).contains("final figure of 2021-01-01",
        "Source: CBS 03759ned, period 2021JJ00 (final), file " + c + ", retrieved 2023-07-01",
        "€ 259,310.00");
    String chain = WalkthroughTest.section(run.out,
        "== Settlement 2021: 4 vintages of figures");
    // independent totals: the reference figures, then file a, then b over a, then c
    long v1 = 35_317 + 107_024 + 55_603 + 61_346;
    long v2 = 35_320 + 107_030 + 55_600 + 61_350;
    long v3 = 35_330 + 107_040 + 55_600 + 61_350;
    long v4 = 35_325 + 107_035 + 55_610 + 61_340;
    assertThat(chain).contains("1. provisional ", "2. provisional, retrieved 2021-07-01",
        "3. revised provisional, retrieved 2022-07-01", "4. final, retrieved 2023-07-01",
        euros(v1), euros(v2), euros(v3), euros(v4), "step 3 -> 4",
        "    Emmen          € 107,040.00   € 107,035.00        € -5.00",
        "                         before          after      to settle");
    assertThat(chain).containsPattern("settled in all +" + java.util.regex.Pattern.quote(
        euros(v4 - v1)));
  }

  private static String euros(long n) {
    return "€ " + String.format(java.util.Locale.ROOT, "%,d", n) + ".00";
  }

  @Test
  void aFileWithoutItsStatusNeedsTheStatusOption(@TempDir Path dir) throws IOException {
    Path a = write(dir, "test-data-a.json", typed(1, 2, 3, 4), LocalDate.of(2021, 7, 1));
    Run run = Run.of("--inhabitants", a.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("--inhabitants " + a + ", value[0], field 'Perioden': no"
        + " status for period 2021JJ00 (no test-data-a.Perioden.json next to it): give the"
        + " Perioden file of the table or the status explicitly");
    assertThat(run.err).doesNotContain("\tat ");
  }

  @Test
  void rejectsAnUnknownStatusAndAStatusWithoutFile(@TempDir Path dir) {
    Run bogus = Run.of("--inhabitants-status", "nader");
    assertThat(bogus.exitCode).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(bogus.err).contains("must be provisional, revised or final, got 'nader'");
    Run alone = Run.of("--inhabitants-status", "final", "--out", dir.toString());
    assertThat(alone.exitCode).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(alone.err).contains("--inhabitants-status needs an --inhabitants file");
  }

  @Test
  void rejectsAFileThatIsNoCbsDownload(@TempDir Path dir) throws IOException {
    Path txt = write(dir, "test-data.txt", "x", LocalDate.of(2021, 7, 1));
    Run run = Run.of("--inhabitants", txt.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.exitCode).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("--inhabitants " + txt + ", file name: expected a .json file"
        + " (OData TypedDataSet) or a .csv file (StatLine download)");
    Path missing = dir.resolve("missing.json");
    Run gone = Run.of("--inhabitants", missing.toString(), "--out", dir.toString());
    assertThat(gone.exitCode).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(gone.err).contains("--inhabitants " + missing + " cannot be read");
  }
}
