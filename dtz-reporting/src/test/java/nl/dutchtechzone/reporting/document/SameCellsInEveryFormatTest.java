package nl.dutchtechzone.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.Render;
import nl.dutchtechzone.reporting.SecondProgramme;
import nl.dutchtechzone.reporting.html.HtmlExporter;
import nl.dutchtechzone.reporting.markdown.MarkdownExporter;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The drift test: the same context gives the same table cells, as a reader sees them, in the
 * document model, in the Markdown export (rendered by a CommonMark renderer) and in the HTML
 * export (parsed).
 */
class SameCellsInEveryFormatTest {

  static Stream<ExportContext> contexts() {
    return Stream.of(Fixtures.reference(ExportContext.DUTCH),
        Fixtures.reference(ExportContext.ENGLISH), Fixtures.illustrative(ExportContext.DUTCH),
        Fixtures.illustrative(ExportContext.ENGLISH), SecondProgramme.context(ExportContext.DUTCH),
        SecondProgramme.context(ExportContext.ENGLISH),
        // a third language by its bundle file: German where the test bundle has words
        Fixtures.reference(java.util.Locale.GERMAN),
        Fixtures.illustrative(java.util.Locale.GERMAN));
  }

  /** Every table of the document as rows of cell texts, the header row first. */
  static List<List<List<String>>> fromModel(ExportContext context) {
    Document doc = Document.of(context);
    Notation n = doc.notation();
    List<List<List<String>>> tables = new ArrayList<>();
    for (Table t : doc.tables()) {
      List<List<String>> rows = new ArrayList<>();
      List<String> header = new ArrayList<>();
      t.columns().forEach(c -> header.add(c.header()));
      rows.add(header);
      for (Row r : t.rows()) {
        List<String> cells = new ArrayList<>();
        r.cells().forEach(c -> cells.add(n.format(c).strip()));
        rows.add(cells);
      }
      tables.add(rows);
    }
    return tables;
  }

  /** Every {@code <table>} of an XML-parsable page as rows of cell texts. */
  static List<List<List<String>>> fromHtml(byte[] page) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    org.w3c.dom.Document dom = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(page));
    List<List<List<String>>> tables = new ArrayList<>();
    NodeList tableNodes = dom.getElementsByTagName("table");
    for (int i = 0; i < tableNodes.getLength(); i++) {
      Element table = (Element) tableNodes.item(i);
      if (table.getElementsByTagName("thead").getLength() == 0) {
        continue;
      }
      List<List<String>> rows = new ArrayList<>();
      NodeList trs = table.getElementsByTagName("tr");
      for (int r = 0; r < trs.getLength(); r++) {
        List<String> cells = new ArrayList<>();
        NodeList children = trs.item(r).getChildNodes();
        for (int c = 0; c < children.getLength(); c++) {
          if (children.item(c) instanceof Element e
              && (e.getTagName().equals("td") || e.getTagName().equals("th"))) {
            cells.add(e.getTextContent().strip());
          }
        }
        rows.add(cells);
      }
      tables.add(rows);
    }
    return tables;
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void markdownAndHtmlShowTheCellsOfTheModel(ExportContext context) throws Exception {
    List<List<List<String>>> model = fromModel(context);
    byte[] html = Render.bytes(new HtmlExporter(), context);
    String md = Render.text(new MarkdownExporter(), context);
    List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
    String mdHtml = HtmlRenderer.builder().extensions(extensions).build()
        .render(Parser.builder().extensions(extensions).build().parse(md));
    byte[] mdPage = ("<root>" + mdHtml + "</root>").getBytes(StandardCharsets.UTF_8);

    assertThat(model).isNotEmpty();
    assertThat(fromHtml(html)).isEqualTo(model);
    assertThat(fromHtml(mdPage)).isEqualTo(model);
  }
}
