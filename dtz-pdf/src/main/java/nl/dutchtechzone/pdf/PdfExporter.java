package nl.dutchtechzone.pdf;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import nl.dutchtechzone.pdf.internal.DocumentXhtml;
import nl.dutchtechzone.pdf.internal.PdfRendering;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;

/**
 * The {@code pdf} format: the export document as a PDF for a council, tagged for assistive
 * technology (PDF/UA-1) and fit for long-term archiving (PDF/A-2a).
 *
 * <p>The document is rendered as XHTML ({@link #toXhtml(ExportContext)}) and laid out by
 * openhtmltopdf on Apache PDFBox. The PDF carries a structure tree (headings, paragraphs, lists,
 * tables with header cells; charts are given as tables), the document's language ({@code nl} or
 * {@code en}) in the catalog, its title in the document information and the XMP metadata, the
 * sRGB output intent, and the fonts DejaVu Sans and DejaVu Sans Bold, embedded (licence: the
 * Bitstream Vera licence, shipped in this jar next to the fonts).
 *
 * <p>Nothing depends on the clock: the creation and modification dates are 1 January of the
 * context's year unless the option {@value #DATE_OPTION} gives another date ({@code
 * yyyy-MM-dd}), and the file identifier is derived from the content. The same context gives the
 * same bytes, whatever the default locale or time zone.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PdfExporter implements ReportExporter {

  /**
   * The option naming the date the PDF carries as its creation and modification date, as {@code
   * yyyy-MM-dd} (ISO 8601); 1 January of the context's year when not set.
   */
  public static final String DATE_OPTION = "pdf.date";

  /** Creates the exporter; it holds no state. */
  public PdfExporter() {}

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public String mediaType() {
    return "application/pdf";
  }

  @Override
  public String fileExtension() {
    return "pdf";
  }

  @Override
  public String description() {
    return "PDF for councils and archives: tagged (PDF/UA-1), archivable (PDF/A-2a)";
  }

  /**
   * Writes the document as a PDF/UA-1 and PDF/A-2a document.
   *
   * @param context the document, its locale and options, not null
   * @param out where to write, not null; written once the PDF is complete, flushed, left open
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the option {@value #DATE_OPTION} is not a date {@code
   *     yyyy-MM-dd}
   */
  @Override
  public void export(ExportContext context, OutputStream out) throws IOException {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    LocalDate date = date(context);
    PdfRendering.render(DocumentXhtml.of(context).xhtml(), date, out);
  }

  /**
   * The XHTML this exporter lays out for a context: useful to see what the PDF holds, and the
   * input of the benchmark that compares this exporter with openhtmltopdf on its own.
   *
   * @param context the document, not null
   * @return a well-formed XHTML document, UTF-8, with its language, title and description
   */
  public String toXhtml(ExportContext context) {
    requireNonNull(context, "context");
    return DocumentXhtml.of(context).xhtml();
  }

  /**
   * The date the PDF carries for a context.
   *
   * @param context the document, not null
   * @return the option {@value #DATE_OPTION}, or 1 January of the context's year
   * @throws IllegalArgumentException naming the option and the value if it is not a date
   */
  static LocalDate date(ExportContext context) {
    Optional<String> value = context.options().get(DATE_OPTION);
    if (value.isEmpty()) {
      return LocalDate.of(context.year(), 1, 1);
    }
    try {
      return LocalDate.parse(value.get().strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("export option '" + DATE_OPTION
          + "' must be a date yyyy-MM-dd, such as 2023-01-01, got '" + value.get() + "'", e);
    }
  }
}
