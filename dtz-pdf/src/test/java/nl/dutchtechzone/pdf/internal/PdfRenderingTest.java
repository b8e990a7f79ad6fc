package nl.dutchtechzone.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import nl.dutchtechzone.pdf.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The renderer on a small tagged page: the veraPDF harness proves PDF/UA-1 and PDF/A-2a, and
 * breaks when the page breaks the rules, so that the harness itself is shown able to fail.
 */
class PdfRenderingTest {

  private static final LocalDate DATE = LocalDate.of(2023, 1, 1);

  static String page(String body) {
    Xhtml x = new Xhtml("nl");
    x.open("head").element("title", "Jaarplan 2023")
        .empty("meta", "name", "subject", "content",
            "Het jaarplan 2023 van een proefprogramma.")
        .style("@page { size: A4; margin: 2cm; } body { font-family: '"
            + PdfRendering.FONT_FAMILY + "'; font-size: 10pt; }")
        .close();
    return x.open("body").text("").close().toString().replace("<body></body>", body) + "</html>";
  }

  private static final String TAGGED = page("<body><h1>Jaarplan 2023</h1>"
      + "<p>Het eindsaldo is € 102.121,79.</p><h2>Actiepunten</h2>"
      + "<ul><li>A1 eerste</li><li>A2 tweede</li></ul>"
      + "<table><caption>Begroting</caption><thead><tr><th scope=\"col\">Post</th>"
      + "<th scope=\"col\">Bedrag</th></tr></thead><tbody><tr><td>Huur</td>"
      + "<td>€ 1.000,00</td></tr></tbody></table></body>");

  static byte[] render(String xhtml, LocalDate date) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendering.render(xhtml, date, out);
    return out.toByteArray();
  }

  @Test
  void aTaggedPageConformsToPdfUaAndPdfA() throws Exception {
    byte[] pdf = render(TAGGED, DATE);

    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
  }

  @Test
  void aPageWithoutTitleFailsPdfUa() throws Exception {
    // The harness must be able to fail: PDF/UA wants the title in the XMP metadata (7.1-9).
    String untitled = TAGGED.replace("<title>Jaarplan 2023</title>", "");
    byte[] pdf = render(untitled, DATE);

    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).anyMatch(r -> r.startsWith("7.1-9"));
  }

  @Test
  void anUntaggedPdfFailsPdfUaAndPdfA() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument plain = new PDDocument()) {
      PDPage page = new PDPage();
      plain.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(plain, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText("Eindsaldo 102.121,79");
        content.endText();
      }
      plain.save(out);
    }

    assertThat(VeraPdf.failedRules(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
    assertThat(VeraPdf.failedRules(out.toByteArray(), PDFAFlavour.PDFA_2_A)).isNotEmpty();
  }

  @Test
  void loadsNothingFromOutside(@TempDir Path folder) throws IOException {
    BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
    Path png = folder.resolve("secret.png");
    ImageIO.write(image, "png", png.toFile());
    Path css = Files.writeString(folder.resolve("style.css"), "h1 { color: #ff0000; }");
    String page = TAGGED.replace("<h2>", "<img src=\"" + png.toUri() + "\" alt=\"geheim\"/>"
        + "<h2>").replace("</head>", "<link rel=\"stylesheet\" href=\"" + css.toUri()
        + "\"/></head>");

    try (PDDocument document = Loader.loadPDF(render(page, DATE))) {
      for (PDPage p : document.getPages()) {
        for (COSName name : p.getResources().getXObjectNames()) {
          assertThat(p.getResources().getXObject(name)).isNotInstanceOf(PDImageXObject.class);
        }
      }
    }
    // the same page may use a picture when access is not refused: the check above can fail
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRendererBuilder().useFastMode().withHtmlContent(page, null).toStream(out).run();
    boolean anImage = false;
    try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
      for (PDPage p : document.getPages()) {
        for (COSName name : p.getResources().getXObjectNames()) {
          anImage |= p.getResources().getXObject(name) instanceof PDImageXObject;
        }
      }
    }
    assertThat(anImage).isTrue();
  }

  @Test
  void carriesTitleLanguageDatesAndAStructureTree() throws IOException {
    byte[] pdf = render(TAGGED, DATE);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Jaarplan 2023");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
      assertThat(document.getDocumentInformation().getCreationDate().getTimeInMillis())
          .isEqualTo(PdfRendering.calendar(DATE).getTimeInMillis());
      assertThat(document.getDocumentInformation().getModificationDate().getTimeInMillis())
          .isEqualTo(PdfRendering.calendar(DATE).getTimeInMillis());
      String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
          java.nio.charset.StandardCharsets.UTF_8);
      assertThat(xmp).contains("<xmp:CreateDate>2023-01-01T00:00:00+00:00</xmp:CreateDate>",
          "<xmp:ModifyDate>2023-01-01T00:00:00+00:00</xmp:ModifyDate>",
          "<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
          "<pdfuaid:part>1</pdfuaid:part>", "Jaarplan 2023");
      PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
      assertThat(root).isNotNull();
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(new PDFTextStripper().getText(document)).contains("102.121,79", "A1", "A2");
    }
  }

  @Test
  void sameInputGivesSameBytesAndTheDateChangesThem() throws IOException {
    byte[] first = render(TAGGED, DATE);
    byte[] second = render(TAGGED, DATE);
    byte[] otherDate = render(TAGGED, LocalDate.of(2024, 6, 30));

    assertThat(second).isEqualTo(first);
    assertThat(otherDate).isNotEqualTo(first);
  }
}
