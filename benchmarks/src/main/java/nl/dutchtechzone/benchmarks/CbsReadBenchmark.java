package nl.dutchtechzone.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.reporting.cbs.CbsFigures;
import nl.dutchtechzone.reporting.cbs.CbsReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link CbsReader#readTypedDataSet}: a SYNTHETIC OData v3 TypedDataSet in the shape of CBS table
 * 03759ned, for all 342 synthetic municipalities × 20 years × 225 breakdowns (3 sexes, 15 ages,
 * 5 marital statuses; one of them the three totals), 1,539,000 rows, about 280 MB, written once
 * to a temporary file and read from it (the page cache) by every call.
 *
 * <p>The baseline in the same run is {@link #plainJacksonPass()}: a Jackson {@link JsonParser}
 * over the same bytes calling {@code nextToken()} until the end, nothing else. Both run in a JVM
 * with {@code -Xmx256m}, so the file (larger than the heap) must be streamed. Setup checks that
 * the reader keeps 342 × 20 figures and skips nothing else.
 *
 * <p>None of the figures is CBS data: regions are {@code GM0001} to {@code GM0342} and counts are
 * drawn from a fixed seed.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 3)
@Measurement(iterations = 8)
public class CbsReadBenchmark {

  /** Years 2005 to 2024. */
  static final int YEARS = 20;
  static final String[] SEXES = {"T001038", "3000", "4000"};
  static final String[] AGES = {"10000", "70100", "70200", "70300", "70400", "70500", "70600",
      "70700", "70800", "70900", "71000", "71100", "71200", "71300", "22000"};
  static final String[] MARITAL = {"T001019", "1010", "1020", "1050", "1080"};

  private static final JsonFactory FACTORY = new JsonFactory();

  private Path file;
  private CbsReader reader;
  private long rows;

  /**
   * Writes the synthetic file and checks what the reader makes of it.
   *
   * @throws IOException if the temporary file cannot be written
   */
  @Setup(Level.Trial)
  public void write() throws IOException {
    List<Partner> municipalities = SyntheticFinance.municipalities(SyntheticFinance.MUNICIPALITIES);
    reader = CbsReader.of(municipalities);
    file = Files.createTempFile("synthetic-03759ned-", ".json");
    rows = write(file);
    CbsFigures figures = read();
    if (figures.figures().size() != SyntheticFinance.MUNICIPALITIES * YEARS
        || figures.rows() != rows || !figures.skippedMunicipalities().isEmpty()) {
      throw new IllegalStateException("unexpected result: " + figures.note());
    }
    long tokens = plainJacksonPass();
    if (tokens < rows * 18) {
      throw new IllegalStateException("too few tokens: " + tokens);
    }
  }

  /**
   * Writes the file.
   *
   * @param target the file
   * @return the number of rows
   * @throws IOException if the file cannot be written
   */
  static long write(Path target) throws IOException {
    Random random = new Random(342L);
    long id = 0;
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8),
        1 << 16)) {
      out.write("{\"odata.metadata\":\"https://opendata.cbs.nl/ODataApi/OData/03759ned/"
          + "$metadata#Cbs.OData.WebAPI.TypedDataSet\",\"value\":[");
      for (int m = 1; m <= SyntheticFinance.MUNICIPALITIES; m++) {
        String region = String.format(java.util.Locale.ROOT, "GM%04d  ", m);
        for (int y = 0; y < YEARS; y++) {
          String period = (2005 + y) + "JJ00";
          for (String sex : SEXES) {
            for (String age : AGES) {
              for (String marital : MARITAL) {
                if (id > 0) {
                  out.write(',');
                }
                int value = 1_000 + random.nextInt(900_000);
                out.write("{\"ID\":" + id++ + ",\"Geslacht\":\"" + sex + "\",\"Leeftijd\":\""
                    + age + "\",\"BurgerlijkeStaat\":\"" + marital + "\",\"RegioS\":\""
                    + region + "\",\"Perioden\":\"" + period + "\",\"BevolkingOp1Januari_1\":"
                    + value + ",\"GemiddeldeBevolking_2\":" + (value + 17) + "}");
              }
            }
          }
        }
      }
      out.write("]}");
    }
    return id;
  }

  /** Deletes the file. @throws IOException if it cannot be deleted */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * dtz: the figures of every municipality and year, with provenance.
   *
   * @return the figures
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public CbsFigures dtzReader() throws IOException {
    return read();
  }

  private CbsFigures read() throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return reader.readTypedDataSet(in, file.getFileName().toString(),
          Map.of(), Optional.of(FigureStatus.FINAL), LocalDate.of(2026, 11, 30));
    }
  }

  /**
   * Baseline: every token of the same bytes, nothing else.
   *
   * @return the number of tokens
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long plainJacksonPass() throws IOException {
    long tokens = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        JsonParser p = FACTORY.createParser(in)) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
