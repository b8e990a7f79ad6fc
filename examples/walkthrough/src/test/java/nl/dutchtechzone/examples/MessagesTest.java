package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import nl.dutchtechzone.testing.BundleContract;
import org.junit.jupiter.api.Test;

/** The command line's texts: the same keys in English and Dutch, and no fallback. */
class MessagesTest {

  @Test
  void englishAndDutchHaveTheSameKeys() {
    BundleContract.assertDutchMatchesEnglish(MessagesTest.class, "Walkthrough");
  }

  @Test
  void theLanguageDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Messages.DUTCH);
      assertThat(Messages.of(Locale.ENGLISH).get("total")).isEqualTo("Total");
      Locale.setDefault(Locale.ENGLISH);
      assertThat(Messages.of(Messages.DUTCH).get("total")).isEqualTo("Totaal");
      assertThat(Messages.of(Messages.DUTCH).get("statement.heading", 2022))
          .isEqualTo("Financieel overzicht 2022");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aFileThatCannotBeReadIsExplainedInTheLanguageWhereTheReasonIsKnown() {
    Messages dutch = Messages.of(Messages.DUTCH);
    Messages english = Messages.of(Locale.ENGLISH);

    assertThat(dutch.ioReason(new NoSuchFileException("/x.json"))).isEqualTo(
        "dat bestand bestaat niet");
    assertThat(english.ioReason(new NoSuchFileException("/x.json"))).isEqualTo("no such file");
    assertThat(dutch.ioReason(new AccessDeniedException("/x.json"))).isEqualTo("geen toegang");
    assertThat(english.ioReason(new AccessDeniedException("/x.json"))).isEqualTo(
        "access denied");
    // Any other reason as the JDK gives it, without the file name the caller's text gives.
    assertThat(dutch.ioReason(new FileSystemException("/x.json", null, "Is a directory")))
        .isEqualTo("Is a directory");
    assertThat(dutch.ioReason(new IOException("Input/output error")))
        .isEqualTo("Input/output error");
    assertThat(dutch.ioReason(new IOException())).isEqualTo("java.io.IOException");
  }

  @Test
  void aLanguageTagNamesALanguageOrNothing() {
    assertThat(Messages.language(" NL ")).contains(Messages.DUTCH);
    assertThat(Messages.language("nl-BE")).contains(Locale.forLanguageTag("nl-BE"));
    assertThat(Messages.language("fy")).contains(Locale.forLanguageTag("fy"));
    assertThat(Messages.language("nds")).contains(Locale.forLanguageTag("nds"));
    for (String bad : new String[] {"", "x", "xx", "nederlands", "nl_NL", "12", "-nl"}) {
      assertThat(Messages.language(bad)).as(bad).isEmpty();
    }
    assertThat(Messages.of(Locale.forLanguageTag("nl-BE")).get("total")).isEqualTo("Totaal");
    assertThat(Messages.of(Locale.FRENCH).get("total")).isEqualTo("Total");
  }
}
