package nl.dutchtechzone.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The XHTML builder escapes every text and attribute value and writes well-formed XML. */
class XhtmlTest {

  private static final String HOSTILE = "<script>alert(\"x\")</script> & ' \u0000\u0007\u001b[31m"
      + "\u0085\ud800 \uFFFE =SUM(A1) 😀";

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void hostileTextStaysTextAndTheDocumentParses() throws Exception {
    String xml = new Xhtml("nl").open("body")
        .element("p", HOSTILE, "title", HOSTILE)
        .close().finish();

    Document document = parse(xml);
    var p = document.getElementsByTagName("p").item(0);
    assertThat(document.getElementsByTagName("script").getLength()).isZero();
    assertThat(p.getTextContent()).startsWith("<script>alert(\"x\")</script> & ' ")
        .contains("\uFFFD\uFFFD\uFFFD[31m\uFFFD\uFFFD \uFFFD =SUM(A1) 😀")
        .doesNotContain("\u0000").doesNotContain("\u001b");
    assertThat(p.getAttributes().getNamedItem("title").getNodeValue())
        .isEqualTo(p.getTextContent());
    assertThat(document.getDocumentElement().getAttribute("lang")).isEqualTo("nl");
    assertThat(document.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/1999/xhtml");
  }

  @Test
  void leavesOutBidiControlsSoThatNoTextReordersWhatFollows() throws Exception {
    // U+202E in a programme's name turned the year after it, "2023", into "3202" in the PDF.
    String xml = new Xhtml("nl").element("h1", "Zone\u202e\u202a\u2066\u2069\u202c 2023",
        "title", "a\u202eb").finish();

    var h1 = parse(xml).getElementsByTagName("h1").item(0);
    assertThat(h1.getTextContent()).isEqualTo("Zone 2023");
    assertThat(h1.getAttributes().getNamedItem("title").getNodeValue()).isEqualTo("ab");
    assertThat(new Xhtml("en").element("p", "\u200fשלום\u200e").finish())
        .as("bidi marks reorder nothing and stay").contains("\u200fשלום\u200e");
  }

  @Test
  void keepsLineBreaksInTextAndEncodesThemInAttributes() throws Exception {
    String xml = new Xhtml("en").element("p", "a\nb\tc", "title", "a\nb").finish();

    assertThat(xml).contains("<p title=\"a&#10;b\">a\nb\tc</p>");
    assertThat(parse(xml).getElementsByTagName("p").item(0).getAttributes()
        .getNamedItem("title").getNodeValue()).isEqualTo("a\nb");
  }

  @Test
  void leavesOutAttributesWithoutValue() {
    assertThat(new Xhtml("en").element("td", "1", "class", null).finish())
        .contains("<td>1</td>");
  }

  @Test
  void rejectsNamesFromDataOddAttributesAndMarkupInStyles() {
    Xhtml x = new Xhtml("en");

    assertThatThrownBy(() -> x.open("p onclick=x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'p onclick=x'");
    assertThatThrownBy(() -> x.open("p", "class")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pairs");
    assertThatThrownBy(() -> x.style("</style><script>"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesToFinishWithOpenElementsOrToCloseTooOften() {
    Xhtml open = new Xhtml("en").open("body");
    assertThatThrownBy(open::finish).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("body");

    Xhtml closed = new Xhtml("en");
    closed.close();
    assertThatThrownBy(closed::close).isInstanceOf(IllegalStateException.class);
  }
}
