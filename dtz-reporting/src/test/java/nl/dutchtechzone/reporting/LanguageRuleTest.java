package nl.dutchtechzone.reporting;

import java.util.List;
import nl.dutchtechzone.testing.LanguageRuleContract;

/** dtz-reporting chooses every language through {@code core.language.Languages}. */
class LanguageRuleTest extends LanguageRuleContract {

  @Override
  protected List<Allowed> allowed() {
    return List.of(
        Allowed.of("spi/ExportContext.java", "!locale().getLanguage().isEmpty()",
            "checks that the context's locale names a language at all; chooses no text"),
        Allowed.of("html/HtmlExporter.java", "\"lang\", doc.locale().getLanguage()",
            "writes the document's language (already chosen) as the HTML lang attribute"));
  }
}
