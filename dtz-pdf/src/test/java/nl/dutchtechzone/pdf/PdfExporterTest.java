package nl.dutchtechzone.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.pdf.internal.DocumentXhtml;
import nl.dutchtechzone.reporting.Exporters;
import nl.dutchtechzone.reporting.document.Document;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ExportOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.Revisions;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The {@code pdf} exporter on the reference document and on a second programme's document:
 * veraPDF finds no failed rule of PDF/UA-1 or PDF/A-2a, the text reads in order, the metadata
 * and fonts are right, and the bytes depend on nothing but the context.
 */
class PdfExporterTest {

  private static final PdfExporter PDF = new PdfExporter();

  static byte[] export(ExportContext context) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PDF.export(context, out);
    return out.toByteArray();
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void theReferenceDocumentConformsToPdfUaAndPdfA(String language) throws Exception {
    byte[] pdf = export(Documents.reference(Locale.forLanguageTag(language)).build());

    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void aSecondProgrammesDocumentConformsToPdfUaAndPdfA(String language) throws Exception {
    byte[] pdf = export(Documents.second(Locale.forLanguageTag(language)).build());

    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
  }

  @Test
  void theTextHoldsTheClosingBalanceAndEveryActionPointInReadingOrder() throws IOException {
    String text = text(export(Documents.reference(ExportContext.DUTCH).build()));

    assertThat(text).contains("102.121,79");
    List<String> ids = new ArrayList<>();
    for (InvestmentTheme theme : DutchTechZone.plan2023().themes()) {
      for (ActionPoint action : theme.actions()) {
        ids.add(action.id());
      }
    }
    assertThat(ids).hasSizeGreaterThan(5);
    int from = 0;
    for (String id : ids) {
      int at = text.indexOf(id, from);
      assertThat(at).as("action point %s after position %d", id, from).isGreaterThanOrEqualTo(0);
      from = at + id.length();
    }
  }

  @Test
  void theTextHoldsTheSettlementAfterTheContributions() throws IOException {
    String text = text(export(Documents.reference(ExportContext.DUTCH).build()));
    var settlement = Documents.settlement2021();

    int contributions = text.indexOf("Bijdragen per gemeente 2021");
    int heading = text.indexOf("Verrekening 2021: schatting naar definitief");
    assertThat(contributions).isNotNegative();
    assertThat(heading).isGreaterThan(contributions);
    String total = nl.dutchtechzone.reporting.document.Notation.of(ExportContext.DUTCH)
        .money(settlement.total());
    assertThat(settlement.total().isZero()).isFalse();
    assertThat(text.indexOf(total, heading)).as("the settlement's total %s", total)
        .isGreaterThan(heading);
  }

  @Test
  void hasASaneNumberOfPagesTitleLanguageAndOnlyEmbeddedFonts() throws IOException {
    ExportContext context = Documents.reference(ExportContext.ENGLISH).build();
    try (PDDocument document = Loader.loadPDF(export(context))) {
      assertThat(document.getNumberOfPages()).isBetween(3, 30);
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo(Document.of(context).title());
      assertThat(document.getDocumentInformation().getSubject())
          .isEqualTo(DocumentXhtml.of(context).description())
          .startsWith(Document.of(context).title() + ": ");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle())
          .isTrue();
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
      }
      assertThat(fonts).isNotEmpty().allMatch(f -> f.startsWith("DejaVuSans"));
    }
  }

  @Test
  void theStructureTreeHasOneTitleSectionsListsAndTablesWithScopedHeaders() throws IOException {
    Map<String, Integer> types = new TreeMap<>();
    List<String> headerScopes = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(
        export(Documents.reference(ExportContext.DUTCH).build()))) {
      for (Object kid : document.getDocumentCatalog().getStructureTreeRoot().getKids()) {
        walk(kid, types, headerScopes);
      }
    }

    assertThat(types).containsEntry("H1", 1).containsKeys("H2", "H3", "P", "L", "LI",
        "Table", "Caption", "THead", "TR", "TD").doesNotContainKey("Figure");
    assertThat(types.get("TH")).isGreaterThan(10);
    // every header cell has a scope: column headers of the tables, row headers of the fields
    assertThat(headerScopes).hasSize(types.get("TH")).containsOnly("Column", "Row")
        .contains("Column", "Row");
  }

  private static void walk(Object node, Map<String, Integer> types, List<String> scopes) {
    if (node instanceof PDStructureElement element) {
      types.merge(element.getStructureType(), 1, Integer::sum);
      if (element.getStructureType().equals("TH")) {
        Revisions<PDAttributeObject> attributes = element.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
          if (attributes.getObject(i) instanceof PDTableAttributeObject table) {
            scopes.add(table.getScope());
          }
        }
      }
      for (Object kid : element.getKids()) {
        walk(kid, types, scopes);
      }
    }
  }

  @Test
  void writesHostileTextAsText() throws IOException {
    ExportContext context = Documents.second(ExportContext.DUTCH).build();
    String xhtml = PDF.toXhtml(context);
    String text = text(export(context));

    assertThat(xhtml).contains("Kanaalzone West &lt;proef&gt; &amp; co")
        .doesNotContain("<proef>").doesNotContain("\u0007");
    assertThat(text).contains("Kanaalzone West <proef> & co", "=HYPERLINK(",
        "KZW-1", "KZW-2");
  }

  @Test
  void sameContextGivesSameBytesInEveryDefaultLocaleAndTimeZone() throws IOException {
    ExportContext context = Documents.reference(ExportContext.DUTCH).build();
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    byte[] first = export(context);
    try {
      for (String[] setting : new String[][] {{"tr-TR", "Asia/Tokyo"}, {"en-US",
          "America/Los_Angeles"}, {"nl-NL", "Europe/Amsterdam"}, {"ar-SA", "Pacific/Kiritimati"}}) {
        Locale.setDefault(Locale.forLanguageTag(setting[0]));
        TimeZone.setDefault(TimeZone.getTimeZone(setting[1]));
        assertThat(export(context)).as("%s %s", setting[0], setting[1]).isEqualTo(first);
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void exportsFromSeveralThreadsAtOnceGiveTheSameBytes() throws Exception {
    ExportContext context = Documents.second(ExportContext.ENGLISH).build();
    byte[] expected = export(context);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> export(context)));
      }
      for (Future<byte[]> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void datesComeFromTheYearOrTheOption() throws IOException {
    ExportContext plain = Documents.second(ExportContext.DUTCH).build();
    ExportContext dated = Documents.second(ExportContext.DUTCH)
        .options(ExportOptions.builder().set(PdfExporter.DATE_OPTION, "2025-03-14").build())
        .build();

    try (PDDocument document = Loader.loadPDF(export(plain))) {
      assertThat(document.getDocumentInformation().getCOSObject()
          .getString(org.apache.pdfbox.cos.COSName.CREATION_DATE))
          .isEqualTo("D:20250101000000+00'00'");
    }
    byte[] pdf = export(dated);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getCOSObject()
          .getString(org.apache.pdfbox.cos.COSName.MOD_DATE))
          .isEqualTo("D:20250314000000+00'00'");
      assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(),
          StandardCharsets.UTF_8)).contains("2025-03-14T00:00:00+00:00")
          .doesNotContain("2025-01-01T");
    }
  }

  @Test
  void rejectsADateOptionThatIsNoDate() {
    ExportContext context = Documents.second(ExportContext.DUTCH)
        .options(ExportOptions.builder().set(PdfExporter.DATE_OPTION, "14-03-2025").build())
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> PDF.export(context, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pdf.date").hasMessageContaining("14-03-2025")
        .hasMessageContaining("yyyy-MM-dd");
    assertThat(out.size()).isZero();
  }

  @Test
  void isFoundByDiscoveryAsThePdfFormat() {
    Exporters exporters = Exporters.discover(PdfExporterTest.class.getClassLoader());

    assertThat(exporters.get("pdf")).isInstanceOf(PdfExporter.class);
    assertThat(exporters.problems()).isEmpty();
    assertThat(PDF.mediaType()).isEqualTo("application/pdf");
    assertThat(PDF.fileExtension()).isEqualTo("pdf");
    assertThat(exporters.fileName("pdf", Documents.reference(ExportContext.DUTCH).build()))
        .isEqualTo("DTZ-2023.pdf");
  }
}
