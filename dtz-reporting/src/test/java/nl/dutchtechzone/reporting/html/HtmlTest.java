package nl.dutchtechzone.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesTextAndAttributeValues() {
    String page = new Html(64).open("p", "title", "\"><script>x</script>")
        .text("<b>&'\"</b>\u0000").close().finish();

    assertThat(page).isEqualTo("<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">"
        + "&lt;b&gt;&amp;&#39;&quot;&lt;/b&gt; </p>");
  }

  @Test
  void leavesOutAttributesWithoutAValue() {
    assertThat(new Html(16).element("td", "1", "class", null).finish()).isEqualTo("<td>1</td>");
  }

  @Test
  void rejectsNamesThatAreNotPlainNames() {
    assertThatThrownBy(() -> new Html(16).open("p><script"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a tag name");
    assertThatThrownBy(() -> new Html(16).open("p", "a b", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an attribute");
    assertThatThrownBy(() -> new Html(16).open("p", "onclick", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event handler");
  }

  @Test
  void writesOnlyVoidAndSvgShapeElementsWithoutAnEndTag() {
    assertThat(new Html(16).empty("rect", "x", "1").finish()).isEqualTo("<rect x=\"1\"/>");
    assertThatThrownBy(() -> new Html(16).empty("i"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs an end tag");
  }

  @Test
  void closesInOrderAndRefusesAPageWithOpenElements() {
    Html h = new Html(16).open("ul").open("li");
    assertThatThrownBy(() -> h.close("ul")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closing <ul> while <li> is open");
    assertThatThrownBy(h::finish).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("elements left open");
  }

  @Test
  void refusesAStyleSheetThatCouldCloseItsElement() {
    assertThatThrownBy(() -> new Html(16).style("a{}</style><script>"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
