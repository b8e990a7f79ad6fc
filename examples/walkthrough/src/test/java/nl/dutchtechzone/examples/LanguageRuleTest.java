package nl.dutchtechzone.examples;

import java.util.List;
import nl.dutchtechzone.testing.LanguageRuleContract;

/**
 * The command line chooses every language through the library's public rule ({@code
 * core.language.Languages}), with no copy of its own and without {@code core.internal}.
 */
class LanguageRuleTest extends LanguageRuleContract {

  @Override
  protected List<Allowed> allowed() {
    return List.of(Allowed.of("examples/Messages.java", "String language = locale.getLanguage();",
        "reads a --locale value: checks that the tag names a language the JDK knows; chooses no"
            + " text"));
  }
}
