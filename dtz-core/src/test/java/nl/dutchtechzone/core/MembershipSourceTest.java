package nl.dutchtechzone.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A membership's source is a text per language, or one written in one language as written. */
class MembershipSourceTest {

  @Test
  void aSourceWithBothReadingsIsShownInTheLanguage() {
    Membership m = Membership.builder().partnerId("emmen").fromYear(2021)
        .source(LocalizedText.of("jaarverslag 2022", "annual report 2022")).build();
    assertThat(m.source(Locale.forLanguageTag("nl-BE"))).contains("jaarverslag 2022");
    assertThat(m.source(Locale.forLanguageTag("en-GB"))).contains("annual report 2022");
    assertThat(m.source(Locale.FRENCH)).contains("annual report 2022");
    assertThat(m.source(Locale.ROOT)).contains("annual report 2022");
  }

  @Test
  void aSourceWrittenInOneLanguageIsShownAsWrittenInEvery() {
    Membership m = Membership.builder().partnerId("emmen").fromYear(2021)
        .source("the programme's website").build();
    assertThat(m.source()).contains(LocalizedText.dutch("the programme's website"));
    assertThat(m.source(new Locale("nl"))).contains("the programme's website");
    assertThat(m.source(Locale.ENGLISH)).contains("the programme's website");
    assertThat(Membership.since("emmen", 2021).source(Locale.ENGLISH)).isEmpty();
  }

  @Test
  void aBlankOneLanguageSourceIsRejectedByName() {
    assertThatThrownBy(() -> Membership.builder().partnerId("emmen").fromYear(2021).source(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Membership.source must not be blank: say where the membership dates come"
            + " from, got ' '");
  }
}
