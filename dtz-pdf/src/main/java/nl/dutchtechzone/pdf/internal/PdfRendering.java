package nl.dutchtechzone.pdf.internal;

import static java.util.Objects.requireNonNull;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Renders an XHTML document to a PDF that conforms to PDF/UA-1 and PDF/A-2a, with openhtmltopdf
 * and PDFBox.
 *
 * <p>What it sets up: openhtmltopdf's fast renderer with PDF/UA accessibility (a structure tree
 * from the XHTML elements: headings, paragraphs, lists, tables with their header cells, figures
 * with their alternative text) and PDF/A-2a conformance; the sRGB output intent (the profile the
 * JDK carries); the embedded fonts DejaVu Sans and DejaVu Sans Bold under the family name {@link
 * #FONT_FAMILY}, the only fonts the XHTML may use; no external resources (every URI is refused,
 * so a document cannot make the renderer read files or the network).
 *
 * <p>What it fixes after openhtmltopdf: the creation and modification dates in the document
 * information and the XMP metadata (openhtmltopdf reads the clock) become the given date at
 * midnight UTC, and the file identifier ({@code /ID}, which PDFBox would derive from the clock)
 * becomes the first 16 bytes of the SHA-256 of the XHTML and the date. The same XHTML and
 * date therefore give the same bytes, whatever the clock, default locale or time zone.
 *
 * <p>This class is thread-safe: every call builds its own renderer.
 */
public final class PdfRendering {

  /** The font family the XHTML's style sheet must name; regular (400) and bold (700). */
  public static final String FONT_FAMILY = "DejaVu Sans";

  /** The resource folder of the fonts and their licence, relative to this class. */
  static final String FONTS = "fonts/";

  private static final byte[] REGULAR = resource(FONTS + "DejaVuSans.ttf");
  private static final byte[] BOLD = resource(FONTS + "DejaVuSans-Bold.ttf");
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  /** The producer named in the document information and the XMP metadata. */
  static final String PRODUCER = "dtz-pdf (openhtmltopdf, Apache PDFBox)";

  private PdfRendering() {}

  /**
   * Renders XHTML to a PDF/UA-1 and PDF/A-2a document.
   *
   * @param xhtml the document, well-formed XHTML whose {@code <html>} carries {@code lang} (the
   *     PDF's language) and whose {@code <head>} carries the {@code <title>} (the PDF's title)
   *     and {@code <meta name="subject">} (its subject and {@code dc:description}); its style
   *     sheet names only the font family {@link #FONT_FAMILY}; not null
   * @param date the creation and modification date, not null
   * @param out where to write the PDF, not null; written only once the document is complete,
   *     flushed and left open
   * @throws IOException if writing fails
   */
  public static void render(String xhtml, LocalDate date, OutputStream out)
      throws IOException {
    requireNonNull(xhtml, "xhtml");
    requireNonNull(date, "date");
    requireNonNull(out, "out");
    Slf4jXrLogger.installUnlessSet();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .usePdfUaAccessibility(true)
        .usePdfAConformance(PdfAConformance.PDFA_2_A)
        .useColorProfile(SRGB)
        .useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL,
            true)
        .useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true)
        .useExternalResourceAccessControl((uri, type) -> false,
            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .useExternalResourceAccessControl((uri, type) -> false,
            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
        .withProducer(PRODUCER)
        .withHtmlContent(xhtml, null)
        .toStream(pdf);
    byte[] id = identifier(xhtml, date);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.setListener(new FixedMetadata(calendar(date), id));
      renderer.layout();
      renderer.createPDF();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    pdf.writeTo(out);
    out.flush();
  }

  /** The date at midnight UTC, as PDFBox writes dates: {@code D:20230101000000+00'00'}. */
  static Calendar calendar(LocalDate date) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.clear();
    calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
    return calendar;
  }

  /** The file identifier: the first 16 bytes of SHA-256 over the XHTML and the date. */
  static byte[] identifier(String xhtml, LocalDate date) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(xhtml.getBytes(StandardCharsets.UTF_8));
      sha256.update(date.toString().getBytes(StandardCharsets.US_ASCII));
      return Arrays.copyOf(sha256.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = PdfRendering.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("dtz-pdf resource " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dtz-pdf resource " + name, e);
    }
  }

  /**
   * Replaces the clock's dates and the clock-derived file identifier just before the document is
   * saved.
   */
  private static final class FixedMetadata implements PDFCreationListener {
    private final Calendar date;
    private final byte[] id;

    FixedMetadata(Calendar date, byte[] id) {
      this.date = date;
      this.id = id;
    }

    @Override
    public void preOpen(PdfBoxRenderer renderer) {
      // Nothing to do before the first page: the metadata is written with it.
    }

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {
      // openhtmltopdf sets the document information after this call, so it is fixed on close.
    }

    @Override
    public void onClose(PdfBoxRenderer renderer) {
      PDDocument document = renderer.getPdfDocument();
      PDDocumentInformation information = document.getDocumentInformation();
      information.setCreationDate(date);
      information.setModificationDate(date);
      PDMetadata stream = document.getDocumentCatalog().getMetadata();
      try {
        XMPMetadata xmp = new DomXmpParser().parse(stream.toByteArray());
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        if (basic == null) {
          basic = xmp.createAndAddXMPBasicSchema();
        }
        basic.setCreateDate(date);
        basic.setModifyDate(date);
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        new XmpSerializer().serialize(xmp, serialized, true);
        // xmpbox writes the language of a text alternative as lang, XMP wants xml:lang.
        String text = serialized.toString(StandardCharsets.UTF_8)
            .replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
        stream.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (XmpParsingException | TransformerException e) {
        throw new IllegalStateException("cannot rewrite the XMP metadata openhtmltopdf wrote", e);
      }
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
  }
}
