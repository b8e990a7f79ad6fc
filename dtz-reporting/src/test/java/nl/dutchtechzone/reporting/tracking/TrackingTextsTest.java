package nl.dutchtechzone.reporting.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.testing.BundleContract;
import org.junit.jupiter.api.Test;

/**
 * The tracker's errors in English and Dutch: the same keys and arguments in both bundles, Dutch
 * texts (the item, the id and what exists), and {@code getMessage()} English.
 */
class TrackingTextsTest {

  private static final Locale DUTCH = new Locale("nl");

  private static TrackingException failure(TrackingInput.Builder input) {
    return catchThrowableOfType(TrackingException.class, () -> Tracker.track(input.build()));
  }

  private static TrackingInput.Builder input() {
    return TrackingInput.builder().programme(DutchTechZone.programme())
        .addPlans(DutchTechZone.plan2023()).addReports(DutchTechZone.report2022());
  }

  @Test
  void englishAndDutchHaveTheSameKeysAndArguments() {
    BundleContract.assertDutchMatchesEnglish(TrackingTextsTest.class, "messages");
  }

  @Test
  void aLinkToAYearWithoutAReportReadsInDutch() {
    TrackingException e = failure(input().addLinks(Link.of(2021, "2021.1", "2021.x")));

    assertThat(e.getMessage()).isEqualTo(e.message(Locale.ENGLISH)).isEqualTo("link from action"
        + " '2021.1' to report item '2021.x' of 2021: the input has no report for 2021;"
        + " reported years: [2022]");
    assertThat(e.message(DUTCH)).isEqualTo("koppeling van actie '2021.1' met verslagonderdeel"
        + " '2021.x' van 2021: de invoer heeft geen verslag over 2021; jaren met een verslag:"
        + " [2022]");
    assertThat(e.message(Locale.GERMAN)).isEqualTo(e.getMessage());
  }

  @Test
  void theItemAnErrorIsAboutIsInTheLanguageToo() {
    TrackingException e = failure(input()
        .addAssessments(StatusAssessment.of(2023, "2023.99", ActionStatus.DONE)));

    assertThat(e.getMessage()).isEqualTo("status assessment refers to unknown action '2023.99'"
        + " of the plan for 2023");
    assertThat(e.message(DUTCH)).isEqualTo("een statusbeoordeling verwijst naar onbekende actie"
        + " '2023.99' van het plan voor 2023");
  }

  @Test
  void anExplanationThatExplainsNothingReadsInDutch() {
    TrackingException e = failure(input().addExplanations(VarianceExplanation.of(2030,
        DutchTechZone.PROGRAMME_COSTS, LocalizedText.of("Uitleg", "Explanation"))));

    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.message(DUTCH)).isEqualTo("toelichting op kostencategorie '"
        + DutchTechZone.PROGRAMME_COSTS + "' in 2030 verklaart niets: de invoer heeft in die"
        + " categorie en dat jaar geen begrotingsregel en geen werkelijke uitgaven");
  }
}
