package nl.dutchtechzone.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.dutchtechzone.core.VisibleText;

class EscapePropertyTest {

  @Property
  void escapedTextHasNoMarkupCharactersLeft(@ForAll String text) {
    String escaped = Html.escape(text);

    assertThat(escaped).doesNotContain("<", ">", "\"", "'");
    assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
  }

  @Property
  void unescapingGivesTheTextBackApartFromControlAndBidiCharacters(@ForAll String text) {
    String back = Html.escape(text).replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");

    StringBuilder expected = new StringBuilder();
    // Controls become spaces; bidi embedding, override and isolate controls are left out.
    text.chars().filter(c -> !VisibleText.isBidiControl(c)).forEach(c -> expected.append(
        Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : (char) c));
    assertThat(back).isEqualTo(expected.toString());
  }
}
