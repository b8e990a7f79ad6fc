package nl.dutchtechzone.reporting.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.Locale;
import java.util.Map;
import nl.dutchtechzone.core.language.Languages;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import org.junit.jupiter.api.Test;

class ExportContextTest {

  private static ExportContext.Builder minimal() {
    return ExportContext.builder().programme(DutchTechZone.programme()).year(2023);
  }

  @Test
  void needsOnlyTheProgrammeAndTheYear() {
    ExportContext context = minimal().build();

    assertThat(context.locale()).isEqualTo(ExportContext.DUTCH);
    assertThat(context.options().values()).isEmpty();
    assertThat(context.plan()).isEmpty();
    assertThat(context.report()).isEmpty();
    assertThat(context.tracking()).isEmpty();
    assertThat(context.contributions()).isEmpty();
    assertThat(context.validation()).isEmpty();
  }

  @Test
  void acceptsAnyLanguageWithOrWithoutARegion() {
    for (String tag : new String[] {"nl", "nl-BE", "en-GB", "de", "de-DE", "fy", "tr-TR"}) {
      Locale locale = Locale.forLanguageTag(tag);
      assertThat(minimal().locale(locale).build().locale()).isEqualTo(locale);
    }
  }

  @Test
  void theContextsLanguageIsTheOneRulesLanguageOfItsLocale() {
    // No English/Dutch flag (isEnglish() is gone): a plugin reads the language by the rule.
    assertThat(Languages.of(minimal().locale(Locale.forLanguageTag("en-GB")).build().locale()))
        .isEqualTo(Languages.ENGLISH);
    assertThat(Languages.of(minimal().locale(Locale.forLanguageTag("nl-BE")).build().locale()))
        .isEqualTo(Languages.DUTCH);
    assertThat(Languages.of(minimal().locale(Locale.GERMAN).build().locale()))
        .isEqualTo(Locale.GERMAN);
    assertThat(minimal().build().locale()).isSameAs(Languages.DUTCH);
    assertThat(ExportContext.ENGLISH).isSameAs(Languages.ENGLISH);
  }

  @Test
  void rejectsALocaleWithoutALanguage() {
    assertThatThrownBy(() -> minimal().locale(Locale.ROOT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ExportContext.locale must name a language, such as nl, en or de, got 'und'");
  }

  @Test
  void rejectsAReportOfAnotherProgramme() {
    AnnualReport other = AnnualReport.builder().from(DutchTechZone.report2022())
        .programmeId("other").build();

    assertThatThrownBy(() -> minimal().report(other).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must belong to programme 'dtz'")
        .hasMessageContaining("'other'");
  }

  @Test
  void takesASettlementOfTheContributionsYear() {
    var settlement = nl.dutchtechzone.reporting.Fixtures.illustrativeSettlement2021();
    assertThat(minimal().build().settlement()).isEmpty();
    assertThat(minimal().settlement(settlement).build().settlement()).contains(settlement);
    var contributions2021 = nl.dutchtechzone.reporting.Fixtures.contributions2021();
    assertThat(minimal().contributions(contributions2021).settlement(settlement).build()
        .settlement()).contains(settlement);
    var contributions2022 = nl.dutchtechzone.finance.contribution.ContributionStatement.builder()
        .from(contributions2021).year(2022).build();
    assertThatThrownBy(() -> minimal().contributions(contributions2022).settlement(settlement)
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ExportContext.settlement must be of the contributions' year 2022, got a"
            + " settlement of 2021");
    var otherStatement = nl.dutchtechzone.finance.contribution.ContributionStatement.builder()
        .from(contributions2021).programmeId("other").build();
    var other = nl.dutchtechzone.finance.contribution.Settlement.of(otherStatement,
        otherStatement);
    assertThatThrownBy(() -> minimal().settlement(other).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ExportContext.settlement must belong to programme 'dtz', got a settlement"
            + " of 'other'");
  }

  @Test
  void rejectsAYearOutOfRange() {
    assertThatThrownBy(() -> minimal().year(23).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ExportContext.year").hasMessageContaining("23");
  }

  @Test
  void acceptsAPlanAndAReportOfDifferentYears() {
    ExportContext context = minimal().plan(DutchTechZone.plan2023())
        .report(DutchTechZone.report2022()).build();

    assertThat(context.plan().orElseThrow().year()).isEqualTo(2023);
    assertThat(context.report().orElseThrow().year()).isEqualTo(2022);
  }

  @Test
  void optionsHaveTypedGetters() {
    ExportOptions options = ExportOptions.of(Map.of("a.flag", "TRUE", "a.number", " 42 ",
        "a.text", "x", "a.choice", "Excel-NL"));

    assertThat(options.getBoolean("a.flag", false)).isTrue();
    assertThat(options.getBoolean("missing", true)).isTrue();
    assertThat(options.getInt("a.number", 0)).isEqualTo(42);
    assertThat(options.getInt("missing", 7)).isEqualTo(7);
    assertThat(options.getString("a.text", "d")).isEqualTo("x");
    assertThat(options.get("missing")).isEmpty();
    assertThat(options.getChoice("a.choice", Dialect.class, Dialect.RFC4180))
        .isEqualTo(Dialect.EXCEL_NL);
    assertThat(options.getChoice("missing", Dialect.class, Dialect.RFC4180))
        .isEqualTo(Dialect.RFC4180);
  }

  @Test
  void typedGettersRejectValuesTheyCannotRead() {
    ExportOptions options = ExportOptions.builder().set("a.flag", "yes").set("a.number", "4.2")
        .set("a.choice", "tsv").build();

    assertThatThrownBy(() -> options.getBoolean("a.flag", false))
        .hasMessage("export option 'a.flag' must be true or false, got 'yes'");
    assertThatThrownBy(() -> options.getInt("a.number", 0))
        .hasMessage("export option 'a.number' must be a whole number, got '4.2'");
    assertThatThrownBy(() -> options.getChoice("a.choice", Dialect.class, Dialect.RFC4180))
        .hasMessage("export option 'a.choice' must be one of [rfc4180, excel-nl], got 'tsv'");
  }

  @Test
  void rejectsMalformedOptionNames() {
    assertThatThrownBy(() -> ExportOptions.builder().set("CSV Dialect", "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'CSV Dialect'");
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Class.class, Dialect.class)
        .setDefault(Enum.class, Dialect.RFC4180);
    tester.testAllPublicStaticMethods(ExportOptions.class);
    tester.testAllPublicInstanceMethods(ExportOptions.builder().set("x", "true").build());
    tester.testAllPublicInstanceMethods(minimal().build());
  }

  enum Dialect {
    RFC4180,
    EXCEL_NL
  }
}
