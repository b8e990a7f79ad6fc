package nl.dutchtechzone.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;

/** A working test provider, listed in the test services file next to broken ones. */
public class GoodTestExporter implements ReportExporter {

  @Override
  public String format() {
    return "test-good";
  }

  @Override
  public String mediaType() {
    return "text/plain; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  @Override
  public void export(ExportContext context, OutputStream out) throws IOException {
    out.write(("good " + context.programme().shortName() + " " + context.year())
        .getBytes(StandardCharsets.UTF_8));
  }
}
