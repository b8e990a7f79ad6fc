package nl.dutchtechzone.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.takeover.TakeoverCsvExporter;
import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.reporting.ProviderProblem.Kind;
import nl.dutchtechzone.reporting.csv.CsvExporter;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportersTest {

  private static final List<String> BUILT_INS =
      List.of("csv", "csv-progress", "html", "markdown");

  private static ExportContext context() {
    return ExportContext.builder().programme(DutchTechZone.programme()).year(2022)
        .report(DutchTechZone.report2022()).build();
  }

  private static List<String> problemClasses(Exporters exporters) {
    return exporters.problems().stream()
        .map(p -> p.providerClass().orElse("?")).collect(Collectors.toList());
  }

  @Test
  void discoversTheBuiltInExporters() {
    Exporters exporters = Exporters.discover();

    assertThat(exporters.formats()).containsAll(BUILT_INS);
    for (String format : BUILT_INS) {
      assertThat(exporters.get(format).getClass().getName())
          .startsWith("nl.dutchtechzone.reporting.");
    }
  }

  @Test
  void aBrokenProviderNeverHidesTheGoodOne() {
    Exporters exporters = Exporters.discover(ExportersTest.class.getClassLoader());

    assertThat(exporters.formats()).contains("test-good").doesNotContain("test-throwing");
    assertThat(exporters.problems()).extracting(ProviderProblem::kind)
        .containsExactly(Kind.NOT_FOUND, Kind.NOT_INSTANTIABLE, Kind.NOT_A_SUBTYPE);
    assertThat(problemClasses(exporters)).containsExactly(
        "nl.dutchtechzone.reporting.DoesNotExistExporter",
        "nl.dutchtechzone.reporting.ThrowingConstructorExporter",
        "nl.dutchtechzone.reporting.NotAnExporter");
    assertThat(exporters.problems().get(1).message()).contains("constructor refuses to work");
  }

  @Test
  void formatsAreSorted() {
    Exporters exporters = Exporters.discover();

    assertThat(exporters.formats()).isSorted();
    assertThat(exporters.exporters()).extracting(ReportExporter::format)
        .containsExactlyElementsOf(exporters.formats());
  }

  @Test
  void anUnknownFormatFailsListingTheKnownOnes() {
    Exporters exporters = Exporters.builder().add(new GoodTestExporter()).build();

    assertThatThrownBy(() -> exporters.get("pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown export format 'pdf'; known formats: [test-good]");
    assertThat(exporters.find("pdf")).isEmpty();
  }

  @Test
  void aMalformedServicesLineHidesNeitherTheRestOfItsFileNorOtherFiles() {
    Exporters exporters = Exporters.discover(new ScenarioLoader("bad-line/a", "bad-line/b"));

    assertThat(exporters.formats()).containsExactly("dup", "test-other-file", "test-survivor");
    assertThat(exporters.problems()).extracting(ProviderProblem::kind)
        .containsExactly(Kind.BAD_SERVICES_LINE, Kind.BAD_SERVICES_LINE, Kind.NOT_FOUND);
    assertThat(exporters.problems().get(0).location().orElseThrow()).endsWith(":3");
    assertThat(exporters.problems().get(0).message()).contains("this is not a class name");
    assertThat(exporters.problems().get(1).location().orElseThrow()).endsWith(":6");
    assertThat(problemClasses(exporters).get(2))
        .isEqualTo("nl.dutchtechzone.reporting.MissingAfterBadLineExporter");
  }

  @Test
  void aProviderClassThatCannotBeLinkedHidesNoOther() {
    Exporters exporters = Exporters.discover(new ScenarioLoader("linkage"));

    assertThat(exporters.formats()).containsExactly("test-other-file");
    assertThat(exporters.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.NOT_FOUND);
      assertThat(p.message()).contains("com/example/MissingSuperclass");
    });
  }

  @Test
  void discoverUsesTheContextClassLoader() {
    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    try {
      thread.setContextClassLoader(new ScenarioLoader("bad-line/b"));

      assertThat(Exporters.discover().formats()).containsExactly("test-other-file");
    } finally {
      thread.setContextClassLoader(saved);
    }
  }

  @Test
  void aDuplicateFormatGoesToTheClassNameThatSortsFirstWhateverTheOrder() {
    Exporters discovered = Exporters.discover(new ScenarioLoader("duplicates"));
    Exporters betaFirst = Exporters.builder()
        .add(new DupBetaExporter()).add(new DupAlphaExporter()).build();
    Exporters alphaFirst = Exporters.builder()
        .add(new DupAlphaExporter()).add(new DupBetaExporter()).build();

    for (Exporters exporters : List.of(discovered, betaFirst, alphaFirst)) {
      assertThat(exporters.get("dup")).isInstanceOf(DupAlphaExporter.class);
      assertThat(exporters.problems()).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_FORMAT);
        assertThat(p.providerClass()).contains(DupBetaExporter.class.getName());
        assertThat(p.message()).contains("'dup'", DupAlphaExporter.class.getName());
      });
    }
  }

  @Test
  void aPluginAtEqualPriorityDoesNotTakeOverABuiltInFormatWhateverItsClassName() {
    // "com.example..." sorts before "nl.dutchtechzone...": on class names alone it would win.
    Exporters pluginFirst = Exporters.builder()
        .add(new TakeoverCsvExporter()).add(new CsvExporter()).build();
    Exporters builtInFirst = Exporters.builder()
        .add(new CsvExporter()).add(new TakeoverCsvExporter()).build();

    for (Exporters exporters : List.of(pluginFirst, builtInFirst)) {
      assertThat(exporters.get("csv")).isInstanceOf(CsvExporter.class);
      assertThat(exporters.problems()).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_FORMAT);
        assertThat(p.providerClass()).contains(TakeoverCsvExporter.class.getName());
        assertThat(p.message()).contains("'csv'", CsvExporter.class.getName());
      });
    }
  }

  @Test
  void aPluginReplacesABuiltInFormatWithAHigherPriority() {
    Exporters exporters = Exporters.builder()
        .add(new CsvExporter()).add(new TakeoverCsvExporter(1)).build();

    assertThat(exporters.get("csv")).isInstanceOf(TakeoverCsvExporter.class);
    assertThat(problemClasses(exporters)).containsExactly(CsvExporter.class.getName());
  }

  @Test
  void aHigherPriorityWinsADuplicateFormat() {
    Exporters exporters = Exporters.builder().add(new DupAlphaExporter())
        .add(new DupPriorityExporter()).add(new DupBetaExporter()).build();

    assertThat(exporters.get("dup")).isInstanceOf(DupPriorityExporter.class);
    assertThat(problemClasses(exporters)).containsExactly(
        DupAlphaExporter.class.getName(), DupBetaExporter.class.getName());
  }

  @Test
  void theSameClassFoundTwiceCountsOnce() {
    ClassLoader loader = new ScenarioLoader("bad-line/b");
    Exporters exporters = Exporters.builder().discover(loader).discover(loader).build();

    assertThat(exporters.formats()).containsExactly("test-other-file");
    assertThat(exporters.problems()).isEmpty();
  }

  @Test
  void aProviderWithAMalformedFormatIdIsReportedAndTheOthersLoad() {
    Exporters exporters = Exporters.discover(new ScenarioLoader("bad-format"));

    assertThat(exporters.formats()).containsExactly("test-other-file");
    assertThat(exporters.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.INVALID_DESCRIPTION);
      assertThat(p.message()).contains("Not A Format!");
    });
  }

  @Test
  void explicitRegistrationRejectsAMalformedFormatId() {
    assertThatThrownBy(() -> Exporters.builder().add(new BadFormatExporter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format id 'Not A Format!'");
  }

  @Test
  void exportsToAStreamAndLeavesItOpen() throws IOException {
    Exporters exporters = Exporters.builder().add(new ClosingExporter()).build();
    RecordingStream out = new RecordingStream();

    exporters.export("test-closing", context(), out);

    assertThat(out.closed).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("closing");
  }

  @Test
  void writesAFileNamedAfterProgrammeYearAndExtension(@TempDir Path dir) throws IOException {
    Exporters exporters = Exporters.builder().add(new GoodTestExporter()).build();

    Path file = exporters.exportTo("test-good", context(), dir);

    assertThat(file).isEqualTo(dir.toAbsolutePath().normalize().resolve("DTZ-2022.txt"));
    assertThat(Files.readString(file)).isEqualTo("good DTZ 2022");
    assertThat(listing(dir)).containsExactly("DTZ-2022.txt");
  }

  @Test
  void replacesAnExistingFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("DTZ-2022.txt"), "old");
    Exporters exporters = Exporters.builder().add(new GoodTestExporter()).build();

    exporters.exportTo("test-good", context(), dir);

    assertThat(Files.readString(dir.resolve("DTZ-2022.txt"))).isEqualTo("good DTZ 2022");
  }

  @Test
  void aFailingExporterLeavesNoPartialFileAndTheOldFileIntact(@TempDir Path dir)
      throws IOException {
    Exporters exporters = Exporters.builder().add(new FailingExporter()).build();

    assertThatThrownBy(() -> exporters.exportTo("test-failing", context(), dir))
        .isInstanceOf(IOException.class).hasMessage("disk on fire");
    assertThat(listing(dir)).isEmpty();

    Files.writeString(dir.resolve("DTZ-2022.txt"), "old");
    assertThatThrownBy(() -> exporters.exportTo("test-failing", context(), dir))
        .isInstanceOf(IOException.class);
    assertThat(listing(dir)).containsExactly("DTZ-2022.txt");
    assertThat(Files.readString(dir.resolve("DTZ-2022.txt"))).isEqualTo("old");
  }

  @Test
  void anExporterThatThrowsAnUncheckedExceptionAlsoLeavesNothing(@TempDir Path dir)
      throws IOException {
    Exporters exporters = Exporters.builder().add(new FailingExporter() {
      @Override
      public void export(ExportContext context, OutputStream out) throws IOException {
        out.write(new byte[1000]);
        throw new IllegalStateException("bug");
      }
    }).build();

    assertThatThrownBy(() -> exporters.exportTo("test-failing", context(), dir))
        .isInstanceOf(IllegalStateException.class);
    assertThat(listing(dir)).isEmpty();
  }

  @Test
  void anErrorOtherThanALinkageErrorInAProviderSkipsThatProviderOnly(@TempDir Path dir)
      throws IOException {
    ClassLoader loader = servicesLoader(dir, AssertingConstructorExporter.class.getName(),
        AssertingFormatExporter.class.getName(), GoodTestExporter.class.getName());

    Exporters exporters = Exporters.discover(loader);

    assertThat(exporters.formats()).containsExactly("test-good");
    assertThat(exporters.problems()).extracting(ProviderProblem::kind)
        .containsExactly(Kind.NOT_INSTANTIABLE, Kind.INVALID_DESCRIPTION);
    assertThat(exporters.problems().get(0).message()).contains("AssertionError", "constructor");
    assertThat(exporters.problems().get(1).message()).contains("AssertionError", "format");
  }

  /** A loader whose only exporter services file lists the given classes (from the test). */
  private static ClassLoader servicesLoader(Path dir, String... classNames) throws IOException {
    Path services = dir.resolve("services");
    Files.writeString(services, String.join("\n", classNames) + "\n");
    java.net.URL url = services.toUri().toURL();
    return new ClassLoader(ExportersTest.class.getClassLoader()) {
      @Override
      public java.util.Enumeration<java.net.URL> getResources(String name) throws IOException {
        return name.equals(Discovery.SERVICES_RESOURCE)
            ? java.util.Collections.enumeration(List.of(url)) : super.getResources(name);
      }
    };
  }

  /** Its constructor fails with an Error that is not a LinkageError. */
  public static final class AssertingConstructorExporter extends GoodTestExporter {
    /** Fails. */
    public AssertingConstructorExporter() {
      throw new AssertionError("constructor");
    }
  }

  /** Its format id fails with an Error that is not a LinkageError. */
  public static final class AssertingFormatExporter extends GoodTestExporter {
    @Override
    public String format() {
      throw new AssertionError("format");
    }
  }

  @Test
  void aProblemRecordedByTheApplicationIsKeptWithTheDiscoveredOnes() {
    ProviderProblem unreadable = ProviderProblem.builder().kind(Kind.UNREADABLE_SOURCE)
        .location("plugins/broken.jar").message("plugin jar plugins/broken.jar cannot be read")
        .build();

    Exporters exporters = Exporters.builder().problem(unreadable)
        .discover(ExportersTest.class.getClassLoader()).build();

    assertThat(exporters.problems()).first().isEqualTo(unreadable);
    assertThat(exporters.problems()).hasSize(4);
    assertThat(exporters.formats()).contains("test-good");
  }

  @Test
  void aShortNameThatWouldLandOutsideTheFolderNeverReachesAnExporter() {
    // The programme refuses it (FileNames), so no export context can carry it.
    assertThatThrownBy(() -> Programme.builder().from(DutchTechZone.programme())
        .shortName("../evil").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Programme.shortName")
        .hasMessageContaining("'../evil'");
  }

  @Test
  void aLinkageErrorOfAnExporterEndsThatExportOnlyAndLeavesNothing(@TempDir Path dir)
      throws IOException {
    Exporters exporters = Exporters.builder().add(new LinkageErrorExporter())
        .add(new GoodTestExporter()).build();

    assertThatThrownBy(() -> exporters.exportTo("test-linkage", context(), dir))
        .isInstanceOf(ExporterError.class)
        .hasMessageContaining("test-linkage")
        .hasMessageContaining("NoClassDefFoundError")
        .hasCauseInstanceOf(NoClassDefFoundError.class)
        .satisfies(e -> assertThat(((ExporterError) e).format()).isEqualTo("test-linkage"));
    assertThat(listing(dir)).isEmpty();
    exporters.exportTo("test-good", context(), dir);
    assertThat(listing(dir)).containsExactly("DTZ-2022.txt");
    assertThatThrownBy(() -> exporters.export("test-linkage", context(),
        new ByteArrayOutputStream())).isInstanceOf(ExporterError.class);
  }

  @Test
  void aVirtualMachineErrorOfAnExporterIsPassedOnUnwrapped(@TempDir Path dir)
      throws IOException {
    Exporters exporters = Exporters.builder().add(new FailingExporter() {
      @Override
      public void export(ExportContext context, OutputStream out) {
        throw new OutOfMemoryError("test");
      }
    }).build();

    assertThatThrownBy(() -> exporters.exportTo("test-failing", context(), dir))
        .isExactlyInstanceOf(OutOfMemoryError.class);
    assertThatThrownBy(() -> exporters.exportTo("test-failing", context(), dir,
        Duration.ofSeconds(5))).isExactlyInstanceOf(OutOfMemoryError.class);
    assertThat(listing(dir)).isEmpty();
  }

  @Test
  void anExportWithinItsTimeLimitIsWritten(@TempDir Path dir) throws IOException {
    Exporters exporters = Exporters.builder().add(new GoodTestExporter()).build();

    Path file = exporters.exportTo("test-good", context(), dir, Duration.ofSeconds(10));

    assertThat(file).isEqualTo(dir.toAbsolutePath().resolve("DTZ-2022.txt"));
    assertThat(Files.readString(file)).isEqualTo("good DTZ 2022");
    assertThat(listing(dir)).containsExactly("DTZ-2022.txt");
  }

  @Test
  void anExportPastItsTimeLimitIsAbandonedWithoutATemporaryFileOrANewFile(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("DTZ-2022.txt"), "old");
    HangingExporter hanging = new HangingExporter();
    Exporters exporters = Exporters.builder().add(hanging).build();

    assertThatThrownBy(() -> exporters.exportTo("test-hanging", context(), dir,
        Duration.ofMillis(300)))
        .isInstanceOf(ExportTimeoutException.class)
        .hasMessageContaining("'test-hanging' exporter did not finish within 300 ms")
        .satisfies(e -> assertThat(((ExportTimeoutException) e).timeLimit())
            .isEqualTo(Duration.ofMillis(300)));
    assertThat(listing(dir)).containsExactly("DTZ-2022.txt");
    assertThat(Files.readString(dir.resolve("DTZ-2022.txt"))).isEqualTo("old");
    // The abandoned exporter goes on, but can neither write nor move its file into place.
    hanging.release.countDown();
    assertThat(hanging.finished.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(hanging.writeFailure).isInstanceOf(IOException.class);
    assertThat(listing(dir)).containsExactly("DTZ-2022.txt");
    assertThat(Files.readString(dir.resolve("DTZ-2022.txt"))).isEqualTo("old");
  }

  @Test
  void aTimedExportPassesOnTheExportersFailure(@TempDir Path dir) throws IOException {
    Exporters exporters = Exporters.builder().add(new FailingExporter())
        .add(new LinkageErrorExporter()).build();

    assertThatThrownBy(() -> exporters.exportTo("test-failing", context(), dir,
        Duration.ofSeconds(10))).isInstanceOf(IOException.class).hasMessage("disk on fire");
    assertThatThrownBy(() -> exporters.exportTo("test-linkage", context(), dir,
        Duration.ofSeconds(10))).isInstanceOf(ExporterError.class);
    assertThatThrownBy(() -> exporters.exportTo("test-failing", context(), dir, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeLimit");
    assertThat(listing(dir)).isEmpty();
  }

  @Test
  void removeUnfinishedFilesRemovesTheTemporaryFileOfAnExportInProgress(@TempDir Path dir)
      throws Exception {
    HangingExporter hanging = new HangingExporter();
    Exporters exporters = Exporters.builder().add(hanging).build();
    Thread export = new Thread(() -> {
      try {
        exporters.exportTo("test-hanging", context(), dir);
      } catch (IOException | RuntimeException e) {
        hanging.writeFailure = e;
      }
    });
    export.setDaemon(true);
    export.start();
    assertThat(hanging.started.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(listing(dir)).hasSize(1).allMatch(n -> n.startsWith(".DTZ-2022.txt.")
        && n.endsWith(".tmp"));

    List<Path> removed = Exporters.removeUnfinishedFiles();

    assertThat(removed).hasSize(1);
    assertThat(listing(dir)).isEmpty();
    hanging.release.countDown();
    export.join(10_000);
    assertThat(listing(dir)).isEmpty();
  }

  @Test
  void refusesAFolderThatDoesNotExist(@TempDir Path dir) throws IOException {
    Exporters exporters = Exporters.builder().add(new GoodTestExporter()).build();

    assertThatThrownBy(() -> exporters.exportTo("test-good", context(), dir.resolve("nope")))
        .isInstanceOf(NotDirectoryException.class);
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ExportContext.class, context())
        .setDefault(ClassLoader.class, ExportersTest.class.getClassLoader())
        .setDefault(ReportExporter.class, new GoodTestExporter());
    tester.testAllPublicStaticMethods(Exporters.class);
    tester.testAllPublicInstanceMethods(Exporters.builder().add(new GoodTestExporter()).build());
    tester.testAllPublicInstanceMethods(Exporters.builder());
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /** Closes the stream it is given, against the contract. */
  static final class ClosingExporter extends GoodTestExporter {
    @Override
    public String format() {
      return "test-closing";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
      out.write("closing".getBytes(StandardCharsets.UTF_8));
      out.close();
    }
  }

  /** Writes part of a document, then fails as a plugin built against a missing class does. */
  static final class LinkageErrorExporter extends GoodTestExporter {
    @Override
    public String format() {
      return "test-linkage";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
      out.write(new byte[100_000]);
      throw new NoClassDefFoundError("com/example/Missing");
    }
  }

  /** Writes a little, then waits until released (ignoring interrupts), then writes again. */
  static final class HangingExporter extends GoodTestExporter {
    final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    final java.util.concurrent.CountDownLatch finished =
        new java.util.concurrent.CountDownLatch(1);
    volatile Exception writeFailure;

    @Override
    public String format() {
      return "test-hanging";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
      out.write("begun".getBytes(StandardCharsets.UTF_8));
      started.countDown();
      boolean released = false;
      while (!released) {
        try {
          released = release.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          // an abandoned exporter that ignores the interrupt, as a careless plugin would
          released = release.getCount() == 0;
        }
      }
      try {
        out.write(new byte[100_000]);
        out.flush();
      } catch (IOException e) {
        writeFailure = e;
        throw e;
      } finally {
        finished.countDown();
      }
    }
  }

  /** Writes part of a document, then fails. */
  static class FailingExporter extends GoodTestExporter {
    @Override
    public String format() {
      return "test-failing";
    }

    @Override
    public void export(ExportContext context, OutputStream out) throws IOException {
      out.write("half a document".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk on fire");
    }
  }

  private static final class RecordingStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
