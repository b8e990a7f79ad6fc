package nl.dutchtechzone.pdf;

import java.util.List;
import nl.dutchtechzone.testing.LanguageRuleContract;

/** dtz-pdf chooses no language of its own: the document's words come from dtz-reporting. */
class LanguageRuleTest extends LanguageRuleContract {

  @Override
  protected List<Allowed> allowed() {
    return List.of(Allowed.of("internal/DocumentXhtml.java",
        "new Xhtml(document.locale().getLanguage())",
        "writes the document's language (already chosen) as the XHTML/PDF language tag"));
  }
}
