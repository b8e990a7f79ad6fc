package nl.dutchtechzone.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;

/** Runs an exporter into memory. */
public final class Render {

  private Render() {}

  /** The bytes an exporter writes for a context. */
  public static byte[] bytes(ReportExporter exporter, ExportContext context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      exporter.export(context, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The text an exporter writes for a context, read as UTF-8. */
  public static String text(ReportExporter exporter, ExportContext context) {
    return new String(bytes(exporter, context), StandardCharsets.UTF_8);
  }
}
