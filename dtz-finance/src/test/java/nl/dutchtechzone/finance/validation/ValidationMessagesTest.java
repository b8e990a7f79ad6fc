package nl.dutchtechzone.finance.validation;

import static nl.dutchtechzone.finance.validation.StatementAndBudgetRulesTest.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.testing.BundleContract;
import org.junit.jupiter.api.Test;

class ValidationMessagesTest {

  private static final String DIR = "/nl/dutchtechzone/finance/validation/";

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ValidationMessagesTest.class.getResourceAsStream(DIR + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** Off by one cent: the lines add up to 100.00, the printed total says 100.01. */
  private static Violation f002() {
    FinancialStatement s = FinancialStatement.builder().year(2022).carriedForward(Money.ZERO)
        .addSpending(line("a", "60.00"), line("b", "40.00"))
        .statedSpendingTotal(Money.parse("100.01")).build();
    return Validators.statement().validate(s).violations().get(0);
  }

  @Test
  void englishAndDutchHaveTheSameKeysAndPlaceholders() {
    BundleContract.assertDutchMatchesEnglish(ValidationMessagesTest.class, "messages");
  }

  @Test
  void everyRuleCodeHasMessagesAndNoMessageIsForAnUnknownCode() throws Exception {
    Properties en = load("messages.properties");
    Set<String> codes = new TreeSet<>();
    for (Field f : RuleCodes.class.getFields()) {
      codes.add((String) f.get(null));
    }
    for (String code : codes) {
      assertThat(en.stringPropertyNames()).as(code)
          .anyMatch(k -> k.equals(code) || k.startsWith(code + "."));
    }
    en.stringPropertyNames().stream().filter(k -> k.startsWith("DTZ-"))
        .forEach(k -> assertThat(codes).as(k).contains(k.replaceAll("\\..*", "")));
  }

  @Test
  void dutchMessagesWriteAmountsInDutchNotationAndEnglishOnesInPlainNotation() {
    Violation v = f002();
    assertThat(v.message(Locale.ENGLISH)).isEqualTo("The spending lines of 2022 add up to"
        + " EUR 100.00, but the stated spending total is EUR 100.01 (difference EUR -0.01)");
    assertThat(v.message(Locale.forLanguageTag("nl-BE"))).isEqualTo("De uitgavenregels van"
        + " 2022 tellen op tot € 100,00, maar het vermelde uitgaventotaal is € 100,01 (verschil"
        + " € -0,01)");
    assertThat(v.messageEn()).isEqualTo(v.message(Locale.UK));
    assertThat(v.messageNl()).isEqualTo(v.message(new Locale("nl", "NL")));
  }

  @Test
  void aLanguageWithABundleOfAFewKeysFallsBackToEnglishForTheRest() {
    Locale german = Locale.GERMAN;
    assertThat(f002().message(german)).isEqualTo("Die Ausgabenzeilen von 2022 ergeben"
        + " € 100,00, aber die angegebene Ausgabensumme ist € 100,01 (Differenz € -0,01)");
    assertThat(Severity.ERROR.displayName(german)).isEqualTo("Fehler");
    Violation f003 = Validators.statement().validate(FinancialStatement.builder().year(2022)
        .carriedForward(Money.ZERO).addIncome(line("a", "1.00"))
        .statedIncomeTotal(Money.parse("2.00")).statedSpendingTotal(Money.ZERO).build())
        .violations().get(0);
    // Not in the German bundle: English text, German bundle's notation for amounts.
    assertThat(f003.message(german)).isEqualTo("The income lines of 2022 add up to € 1,00,"
        + " but the stated income total is € 2,00 (difference € -1,00)");
  }

  @Test
  void aLanguageWithoutABundleGetsEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      for (Locale def : new Locale[] {new Locale("nl", "NL"), Locale.GERMANY, Locale.ROOT}) {
        Locale.setDefault(def);
        assertThat(f002().message(Locale.FRENCH)).as("default %s", def)
            .isEqualTo(f002().message(Locale.ENGLISH)).startsWith("The spending lines");
        assertThat(f002().message(Locale.ENGLISH)).startsWith("The spending lines");
        assertThat(Severity.WARNING.displayName(Locale.ENGLISH)).isEqualTo("warning");
        assertThat(Severity.WARNING.displayName(new Locale("nl"))).isEqualTo("waarschuwing");
        assertThat(Severity.ERROR.displayName(new Locale("nl"))).isEqualTo("fout");
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aDifferenceIsActualMinusExpectedInTheFieldAndTheMessage() {
    Violation v = f002();
    assertThat(v.expected()).contains(Money.parse("100.01"));
    assertThat(v.actual()).contains(Money.parse("100.00"));
    assertThat(v.difference()).contains(Money.parse("-0.01"));
    assertThat(v.arguments()).endsWith(Money.parse("-0.01"));
    Violation none = Violation.builder().from(v).expected(java.util.Optional.empty()).build();
    assertThat(none.difference()).isEmpty();
    Violation far = Violation.builder().from(v).expected(Money.MIN).actual(Money.MAX).build();
    assertThat(far.difference()).isEmpty();
  }

  @Test
  void aViolationRefusesAnUnknownKeyMissingArgumentsAndBothKeyAndTexts() {
    Violation v = f002();
    assertThatThrownBy(() -> Violation.builder().from(v).messageKey("DTZ-F999").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Violation.messageKey of DTZ-F002 must be a key of the validation"
            + " messages, got 'DTZ-F999'");
    assertThatThrownBy(() -> Violation.builder().from(v).arguments(java.util.List.of(2022))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Violation of DTZ-F002 with messageKey 'DTZ-F002' needs 4 argument(s),"
            + " got 1");
    assertThatThrownBy(() -> Violation.builder().from(v).messageEn("fixed").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both messageKey 'DTZ-F002' and fixed texts");
    assertThatThrownBy(() -> Violation.builder().from(v).addArguments(new StringBuilder("x"))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.StringBuilder");
    assertThatThrownBy(() -> Violation.builder().code("ACME-1").severity(Severity.ERROR)
        .path("p").messageNl("alleen Nederlands").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("English ('en')");
    assertThatThrownBy(() -> Violation.builder().code("ACME-1").severity(Severity.ERROR)
        .path("p").messageEn("e").putTexts("NL", "n").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'NL'");
  }

  @Test
  void fixedTextsOfACustomRuleFallBackToEnglish() {
    Violation v = Violation.builder().code("ACME-001").severity(Severity.WARNING).path("p")
        .messageEn("too much").messageNl("te veel").build();
    assertThat(v.message(Locale.GERMAN)).isEqualTo("too much");
    assertThat(v.message(new Locale("nl"))).isEqualTo("te veel");
    assertThat(v.messageKey()).isEmpty();
  }

  @Test
  void fixedTextsFollowTheOneLanguageRule() {
    Violation v = Violation.builder().code("ACME-001").severity(Severity.WARNING).path("p")
        .messageEn("too much").messageNl("te veel").putTexts("fy", "tefolle").build();
    assertThat(v.message(Locale.forLanguageTag("nl-BE"))).isEqualTo("te veel");
    assertThat(v.message(Locale.forLanguageTag("en-GB"))).isEqualTo("too much");
    assertThat(v.message(Locale.forLanguageTag("fy-NL"))).isEqualTo("tefolle");
    assertThat(v.message(Locale.FRENCH)).isEqualTo("too much");
    // The root locale names no language: English, the fallback.
    assertThat(v.message(Locale.ROOT)).isEqualTo("too much");
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("nl"));
      assertThat(v.message(Locale.ENGLISH)).isEqualTo("too much");
      assertThat(v.message(Locale.FRENCH)).isEqualTo("too much");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void placeholdersAreFilledAndQuotesKept() {
    assertThat(ValidationMessages.placeholders("a {0} b {12} {x} {}")).isEqualTo(12);
    assertThat(ValidationMessages.placeholders("none")).isEqualTo(-1);
    assertThat(ValidationMessages.render("DTZ-F013.partner", java.util.List.of("emmen", 2022),
        Locale.ENGLISH)).isEqualTo("Partner 'emmen' has more than one contribution line for 2022");
    assertThat(ValidationMessages.render("DTZ-F006", java.util.List.of("Emmen", 2022,
        Money.ofEuros(1), new java.math.BigDecimal("0.50"), 7L,
        java.math.RoundingMode.HALF_EVEN, Money.ofEuros(2)), new Locale("nl")))
        .isEqualTo("De bijdrage van Emmen voor 2022 is € 1,00, maar tarief 0,50 x 7 inwoners,"
            + " afgerond half naar even, is € 2,00");
  }
}
