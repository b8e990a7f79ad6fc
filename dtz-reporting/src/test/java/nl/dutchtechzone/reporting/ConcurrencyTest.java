package nl.dutchtechzone.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry and the exporters used from many threads at once give exactly what one thread
 * gets. The tasks start together behind a latch and are joined with a timeout; nothing sleeps.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int EXPORTS_PER_THREAD = 50;
  private static final long TIMEOUT_SECONDS = 120;

  private ExecutorService pool;

  @BeforeEach
  void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS))
        .as("the pool stops").isTrue();
  }

  /** Every built-in format with every test document. */
  private static List<Job> jobs(Exporters exporters) {
    List<ExportContext> contexts = new ArrayList<>();
    for (Locale locale : List.of(ExportContext.DUTCH, ExportContext.ENGLISH)) {
      contexts.add(Fixtures.reference(locale));
      contexts.add(Fixtures.illustrative(locale));
      contexts.add(Fixtures.referenceBuilder(locale).options(Fixtures.excelNl()).build());
    }
    List<Job> jobs = new ArrayList<>();
    for (ReportExporter exporter : AllExportersTest.builtIns()) {
      for (ExportContext context : contexts) {
        jobs.add(new Job(exporter.format(), context, render(exporters, exporter.format(),
            context)));
      }
    }
    return jobs;
  }

  private static byte[] render(Exporters exporters, String format, ExportContext context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      exporters.export(format, context, out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  /**
   * Runs the tasks at once (behind a start latch) and returns their results in order; at most
   * one task per thread of the pool, so that all of them can start.
   */
  private <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
    assertThat(tasks).hasSizeLessThanOrEqualTo(THREADS);
    CountDownLatch ready = new CountDownLatch(tasks.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(pool.submit(() -> {
        ready.countDown();
        assertThat(go.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        return task.call();
      }));
    }
    assertThat(ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("all tasks started").isTrue();
    go.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }
    return results;
  }

  @Test
  void exportsFromManyThreadsAtOnceEqualASingleThreadedRun() throws Exception {
    Exporters exporters = Exporters.discover();
    List<Job> jobs = jobs(exporters);
    assertThat(jobs).hasSizeGreaterThanOrEqualTo(5 * 6);

    List<Callable<List<String>>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      tasks.add(() -> {
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < EXPORTS_PER_THREAD; i++) {
          // each thread walks the jobs from its own starting point, so that at any moment
          // different threads run different exporters and the same exporter
          Job job = jobs.get((thread * 7 + i) % jobs.size());
          byte[] bytes = render(exporters, job.format, job.context);
          if (!java.util.Arrays.equals(bytes, job.expected)) {
            mismatches.add("thread " + thread + ", export " + i + ": " + job.format + " "
                + job.context.locale() + " year " + job.context.year());
          }
        }
        return mismatches;
      });
    }

    List<List<String>> results = runTogether(tasks);

    assertThat(results).hasSize(THREADS)
        .allSatisfy(mismatches -> assertThat(mismatches).isEmpty());
  }

  @Test
  void oneExporterInstanceSharedByManyThreadsWritesTheSameBytes() throws Exception {
    for (ReportExporter exporter : AllExportersTest.builtIns()) {
      ExportContext context = Fixtures.illustrative(ExportContext.ENGLISH);
      byte[] expected = Render.bytes(exporter, context);
      List<Callable<Boolean>> tasks = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        tasks.add(() -> {
          for (int i = 0; i < EXPORTS_PER_THREAD / 5; i++) {
            if (!java.util.Arrays.equals(Render.bytes(exporter, context), expected)) {
              return false;
            }
          }
          return true;
        });
      }
      assertThat(runTogether(tasks)).as(exporter.format()).containsOnly(true);
    }
  }

  @Test
  void discoveryFromManyThreadsAtOnceFindsTheSameAsOneThread() throws Exception {
    Exporters alone = Exporters.discover();
    List<Callable<Exporters>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      tasks.add(Exporters::discover);
    }

    List<Exporters> together = runTogether(tasks);

    for (Exporters found : together) {
      assertThat(found.formats()).isEqualTo(alone.formats());
      assertThat(classes(found)).isEqualTo(classes(alone));
      assertThat(found.problems()).isEqualTo(alone.problems());
    }
    assertThat(alone.formats()).contains("csv", "csv-progress", "html", "json", "markdown");
  }

  @Test
  void writingTheSameFileFromManyThreadsLeavesOneCompleteFile(@TempDir Path folder)
      throws Exception {
    Exporters exporters = Exporters.discover();
    ExportContext context = Fixtures.reference(ExportContext.DUTCH);
    List<Callable<List<Path>>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      String format = t % 2 == 0 ? "html" : "csv";
      tasks.add(() -> {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
          paths.add(exporters.exportTo(format, context, folder));
        }
        return paths;
      });
    }

    List<Path> written = runTogether(tasks).stream().flatMap(List::stream)
        .collect(Collectors.toList());

    assertThat(written.stream().distinct().map(p -> p.getFileName().toString()).sorted())
        .containsExactly("DTZ-2023.csv", "DTZ-2023.html");
    for (String format : List.of("html", "csv")) {
      Path file = folder.resolve(exporters.fileName(format, context));
      assertThat(Files.readAllBytes(file)).as(format)
          .isEqualTo(render(exporters, format, context));
    }
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
          .as("no temporary files are left").containsExactlyInAnyOrder("DTZ-2023.csv",
              "DTZ-2023.html");
    }
  }

  private static List<String> classes(Exporters exporters) {
    return exporters.exporters().stream().map(e -> e.getClass().getName())
        .collect(Collectors.toList());
  }

  private static final class Job {
    final String format;
    final ExportContext context;
    final byte[] expected;

    Job(String format, ExportContext context, byte[] expected) {
      this.format = format;
      this.context = context;
      this.expected = expected;
    }
  }
}
