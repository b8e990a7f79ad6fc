package nl.dutchtechzone.benchmarks;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.validation.Validators;
import nl.dutchtechzone.pdf.PdfExporter;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.tracking.Tracker;
import nl.dutchtechzone.reporting.tracking.TrackingInput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code pdf} exporter on the reference document (the 2023 plan with the 2022 report,
 * tracked and validated, in Dutch) against openhtmltopdf rendering the same XHTML string
 * directly, with the same settings (fast renderer, PDF/UA, PDF/A-2a, sRGB output intent, the
 * same two embedded fonts), in the same run. Both write to a stream that discards the bytes.
 *
 * <ul>
 *   <li>{@link #dtzPdf()}: {@link PdfExporter#export}: building the document model from the
 *       context, writing it as XHTML, laying it out, and fixing the dates, the XMP metadata and
 *       the file identifier.
 *   <li>{@link #openhtmltopdf()}: only the lay-out, from the XHTML that {@link
 *       PdfExporter#toXhtml} returned once in setup.
 * </ul>
 *
 * <p>The ratio dtzPdf / openhtmltopdf is what dtz's own work adds; setup checks that both give
 * a PDF of the same number of pages.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PdfBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PdfBenchmark {

  private static final String FONTS = "/nl/dutchtechzone/pdf/internal/fonts/";

  private final PdfExporter pdf = new PdfExporter();
  private ExportContext context;
  private String xhtml;
  private byte[] regular;
  private byte[] bold;
  private byte[] srgb;

  /** Builds the reference context and the XHTML, and checks that both renderings agree. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    context = ExportContext.builder()
        .programme(DutchTechZone.programme())
        .year(2023)
        .plan(DutchTechZone.plan2023())
        .report(DutchTechZone.report2022())
        .tracking(Tracker.track(TrackingInput.builder()
            .programme(DutchTechZone.programme())
            .addPlans(DutchTechZone.plan2023())
            .addReports(DutchTechZone.report2022())
            .build()))
        .validation(Validators.statement().validate(
            DutchTechZone.report2022().statement().orElseThrow()))
        .coverLetter(DutchTechZone.coverLetter())
        .locale(ExportContext.DUTCH)
        .build();
    xhtml = pdf.toXhtml(context);
    regular = resource(FONTS + "DejaVuSans.ttf");
    bold = resource(FONTS + "DejaVuSans-Bold.ttf");
    srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    ByteArrayOutputStream dtz = new ByteArrayOutputStream();
    pdf.export(context, dtz);
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    render(direct);
    int dtzPages = pages(dtz.toByteArray());
    int directPages = pages(direct.toByteArray());
    if (dtzPages != directPages || dtzPages < 2) {
      throw new IllegalStateException("the pdf exporter wrote " + dtzPages
          + " pages, openhtmltopdf on the same XHTML " + directPages);
    }
  }

  /**
   * The {@code pdf} exporter on the reference context.
   *
   * @return the number of bytes written
   * @throws IOException never; the stream discards
   */
  @Benchmark
  public long dtzPdf() throws IOException {
    ExportBenchmark.CountingDiscard out = new ExportBenchmark.CountingDiscard();
    pdf.export(context, out);
    return out.count;
  }

  /**
   * openhtmltopdf on the exporter's XHTML, with the exporter's settings.
   *
   * @return the number of bytes written
   * @throws IOException never; the stream discards
   */
  @Benchmark
  public long openhtmltopdf() throws IOException {
    ExportBenchmark.CountingDiscard out = new ExportBenchmark.CountingDiscard();
    render(out);
    return out.count;
  }

  private void render(java.io.OutputStream out) throws IOException {
    new PdfRendererBuilder()
        .useFastMode()
        .usePdfUaAccessibility(true)
        .usePdfAConformance(PdfAConformance.PDFA_2_A)
        .useColorProfile(srgb)
        .useFont(() -> new ByteArrayInputStream(regular), "DejaVu Sans", 400, FontStyle.NORMAL,
            true)
        .useFont(() -> new ByteArrayInputStream(bold), "DejaVu Sans", 700, FontStyle.NORMAL,
            true)
        .withHtmlContent(xhtml, null)
        .toStream(out)
        .run();
  }

  private static int pages(byte[] bytes) throws IOException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return document.getNumberOfPages();
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = PdfBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is not in the benchmarks jar");
      }
      return in.readAllBytes();
    }
  }
}
