package nl.dutchtechzone.finance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.contribution.Provenance;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import nl.dutchtechzone.finance.testing.Illustrative;
import org.junit.jupiter.api.Test;

class ContributionRulesTest {

  static ContributionStatement statement2021() {
    return ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        ReferenceInhabitants.register())
        .calculate("dtz", 2021, DutchTechZone.programme().municipalitiesIn(2022));
  }

  static ContributionStatement withLine(ContributionStatement s, int index,
      ContributionLine line) {
    List<ContributionLine> lines = new ArrayList<>(s.lines());
    lines.set(index, line);
    return ContributionStatement.builder().from(s).lines(lines).build();
  }

  @Test
  void aCalculatedStatementIsClean() {
    assertThat(Validators.contributions().validate(statement2021()).violations()).isEmpty();
    assertThat(Validators.contributions(ReferenceInhabitants.register())
        .validate(statement2021()).violations()).isEmpty();
  }

  @Test
  void reportsAContributionThatIsNotRateTimesInhabitants() {
    ContributionStatement s = statement2021();
    ContributionLine emmen = s.lines().get(1);
    ContributionStatement wrong = withLine(s, 1, ContributionLine.builder().from(emmen)
        .amount(Money.parse("107000.00")).build());
    ValidationResult r = Validators.contributions().validate(wrong);
    assertThat(r.violations()).hasSize(1);
    Violation v = r.violations().get(0);
    assertThat(v.code()).isEqualTo(RuleCodes.CONTRIBUTION_AMOUNT);
    assertThat(v.path()).isEqualTo("contributions[2021].lines[emmen].amount");
    assertThat(v.expected()).contains(Money.parse("107024.00"));
    assertThat(v.actual()).contains(Money.parse("107000.00"));
    assertThat(v.messageEn()).contains("Emmen").contains("107024 inhabitants")
        .contains("EUR 107024.00").contains("EUR 107000.00").contains("rounded half up");
    assertThat(v.messageNl()).contains("€ 107.024,00").contains("€ 107.000,00")
        .contains("tarief 1,00").contains("afgerond half naar boven").doesNotContain("HALF_UP");
  }

  @Test
  void usesTheStatementsRoundingForFractionalRates() {
    ContributionStatement s = statement2021();
    ContributionLine c = ContributionLine.builder().from(s.lines().get(0))
        .inhabitants(3).rate(new BigDecimal("0.125")).amount(Money.parse("0.38")).build();
    ContributionStatement halfUp = withLine(s, 0, c);
    assertThat(Validators.contributions().validate(halfUp).has(RuleCodes.CONTRIBUTION_AMOUNT))
        .isFalse();
    ContributionStatement halfDown = ContributionStatement.builder().from(halfUp)
        .rounding(RoundingMode.HALF_DOWN).build();
    assertThat(Validators.contributions().validate(halfDown).violations())
        .extracting(Violation::code).containsExactly(RuleCodes.CONTRIBUTION_AMOUNT);
  }

  @Test
  void reportsANegativeContribution() {
    ContributionStatement s = statement2021();
    ContributionLine c = ContributionLine.builder().from(s.lines().get(0))
        .inhabitants(0).amount(Money.parse("-1.00")).build();
    ValidationResult r = Validators.contributions().validate(withLine(s, 0, c));
    assertThat(r.codes()).containsExactly(RuleCodes.NEGATIVE_AMOUNT,
        RuleCodes.CONTRIBUTION_AMOUNT);
    assertThat(r.violations(RuleCodes.NEGATIVE_AMOUNT).get(0).messageNl())
        .contains("Coevorden").contains("€ -1,00");
  }

  @Test
  void reportsAFinalStatementWithProvisionalFigures() {
    ContributionStatement fin = ContributionStatement.builder().from(statement2021())
        .status(BudgetStatus.FINAL).build();
    ValidationResult r = Validators.contributions().validate(fin);
    assertThat(r.violations()).hasSize(1);
    assertThat(r.violations().get(0).code()).isEqualTo(RuleCodes.CONTRIBUTION_STATUS);
    assertThat(r.violations().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(r.violations().get(0).messageEn()).contains("4 of its");
  }

  @Test
  void warnsAboutAnEstimateWhoseFiguresAreAllFinal() {
    ContributionStatement s = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        Illustrative.registerWith2022(FigureStatus.FINAL))
        .calculate(DutchTechZone.programme(), 2022);
    ContributionStatement estimate = ContributionStatement.builder().from(s)
        .status(BudgetStatus.ESTIMATE).build();
    ValidationResult r = Validators.contributions().validate(estimate);
    assertThat(r.violations()).extracting(Violation::code, Violation::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleCodes.CONTRIBUTION_STATUS,
            Severity.WARNING));
    ContributionStatement empty = ContributionStatement.builder().from(estimate)
        .lines(List.of()).build();
    assertThat(Validators.contributions().validate(empty).hasNoViolations()).isTrue();
  }

  @Test
  void reportsDuplicatePartnersAndCbsCodes() {
    ContributionStatement s = statement2021();
    ContributionLine emmen = s.lines().get(1);
    ContributionStatement twice = ContributionStatement.builder().from(s).addLines(emmen)
        .build();
    ContributionLine otherIdSameCode = ContributionLine.builder().from(emmen)
        .partnerId("emmen-2").build();
    ContributionStatement sameCode = ContributionStatement.builder().from(s)
        .addLines(otherIdSameCode).build();
    Validator<ContributionStatement> v = Validators.contributions();
    assertThat(v.validate(twice).violations()).extracting(Violation::code, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleCodes.DUPLICATE_ID,
            "contributions[2021].lines[emmen].partnerId"));
    assertThat(v.validate(sameCode).violations()).extracting(Violation::path)
        .containsExactly("contributions[2021].lines[emmen-2].cbsCode");
    assertThat(v.validate(sameCode).violations().get(0).messageNl()).contains("GM0114");
  }

  @Test
  void reportsReferenceDatesOutsideTheYear() {
    ContributionStatement s = statement2021();
    ContributionStatement otherYear = ContributionStatement.builder().from(s)
        .referenceDate(LocalDate.of(2020, 1, 1)).build();
    ValidationResult r = Validators.contributions().validate(otherYear);
    assertThat(r.codes()).containsExactly(RuleCodes.PERIOD_MISMATCH);
    assertThat(r.violations()).extracting(Violation::path).startsWith(
        "contributions[2021].referenceDate", "contributions[2021].lines[coevorden].referenceDate");
    assertThat(r.violations()).hasSize(5);
  }

  @Test
  void reportsAProvisionalFigureWhereTheRegisterHasAFinalOne() {
    InhabitantRegister register = ReferenceInhabitants.register()
        .with(Illustrative.figure("GM0114", "Emmen", 2021, 107_030, FigureStatus.FINAL));
    ValidationResult r = Validators.contributions(register).validate(statement2021());
    assertThat(r.violations()).hasSize(1);
    Violation v = r.violations().get(0);
    assertThat(v.code()).isEqualTo(RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS);
    assertThat(v.path()).isEqualTo("contributions[2021].lines[emmen].figureStatus");
    assertThat(v.expected()).contains(Money.parse("107030.00"));
    assertThat(v.actual()).contains(Money.parse("107024.00"));
    assertThat(v.messageEn()).contains(Illustrative.SOURCE).contains("107030");
    assertThat(v.messageNl()).contains("€ 107.030,00");
    assertThat(Validators.contributions().validate(statement2021()).hasNoViolations())
        .isTrue();
  }

  /** A final figure for Emmen 2021, typed in with a source in Dutch and English. */
  private static final InhabitantFigure TYPED_FINAL = InhabitantFigure.of(
      MunicipalityCode.of("GM0114"), "Emmen", LocalDate.of(2021, 1, 1), 107_030,
      FigureStatus.FINAL,
      LocalizedText.of("test: jaarverslag gemeente", "test: municipal annual report"));

  /** A final figure for Emmen 2021, read from a CBS download. */
  private static final InhabitantFigure CBS_FINAL = InhabitantFigure.fromCbs(
      MunicipalityCode.of("GM0114"), "Emmen", LocalDate.of(2021, 1, 1), 107_031,
      Provenance.of("03759ned", "2021JJ00", FigureStatus.FINAL, "test-download.json",
          LocalDate.of(2022, 7, 1)));

  /** The first violation of the 2021 statement against the reference register plus a figure. */
  private static Violation finalFigureViolation(InhabitantFigure figure) {
    return Validators.contributions(ReferenceInhabitants.register().with(figure))
        .validate(statement2021()).violations().get(0);
  }

  @Test
  void namesTheFinalFiguresSourceInTheLanguageOfTheMessage() {
    Violation typed = finalFigureViolation(TYPED_FINAL);
    Violation read = finalFigureViolation(CBS_FINAL);

    assertThat(typed.messageNl()).contains("(107030, test: jaarverslag gemeente)")
        .doesNotContain("annual report");
    assertThat(typed.messageEn()).contains("(107030 inhabitants, test: municipal annual report)");
    assertThat(read.messageNl()).contains("CBS 03759ned, periode 2021JJ00 (definitief), bestand"
        + " test-download.json, opgehaald op 2022-07-01");
    assertThat(read.messageEn()).contains("CBS 03759ned, period 2021JJ00 (final), file"
        + " test-download.json, retrieved 2022-07-01");
  }

  @Test
  void namesTheFinalFiguresSourceInAThirdLanguageThatHasBundles() {
    // Test bundles messages_fy (validation: DTZ-F010; contribution: the provenance).
    Locale frisian = Locale.forLanguageTag("fy-NL");
    Violation typed = finalFigureViolation(TYPED_FINAL);
    Violation read = finalFigureViolation(CBS_FINAL);

    // The CBS provenance in Frisian words, from the Frisian contribution bundle.
    assertThat(read.message(frisian)).startsWith("De bydrage fan Emmen foar 2021 brûkt")
        .contains("(107031, CBS 03759ned, perioade 2021JJ00 (definityf), bestân"
            + " test-download.json, ophelle op 2022-07-01)");
    // A written source has no Frisian reading: English, the fallback.
    assertThat(typed.message(frisian)).contains("(107030, test: municipal annual report)");
    // A language without bundles (French) reads English throughout.
    assertThat(read.message(Locale.FRENCH)).isEqualTo(read.messageEn());
  }

  @Test
  void aRevisedProvisionalFigureIsNotFinal() {
    ContributionStatement revised = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        Illustrative.registerWith2022(FigureStatus.REVISED_PROVISIONAL))
        .calculate(DutchTechZone.programme(), 2022);
    assertThat(revised.status()).isEqualTo(BudgetStatus.ESTIMATE);
    assertThat(Validators.contributions().validate(revised).hasNoViolations()).isTrue();
    ContributionStatement claimedFinal = ContributionStatement.builder().from(revised)
        .status(BudgetStatus.FINAL).build();
    assertThat(Validators.contributions().validate(claimedFinal).violations())
        .extracting(Violation::code, Violation::severity).containsExactly(
            org.assertj.core.groups.Tuple.tuple(RuleCodes.CONTRIBUTION_STATUS, Severity.ERROR));
    InhabitantRegister withFinal = Illustrative.registerWith2022(FigureStatus.REVISED_PROVISIONAL)
        .with(Illustrative.figure("GM0114", "Emmen", 2022, 107_010, FigureStatus.FINAL));
    assertThat(Validators.contributions(withFinal).validate(revised).codes())
        .containsExactly(RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS);
  }

  @Test
  void cbsCodeHelperMatchesTheData() {
    assertThat(statement2021().line("hardenberg").orElseThrow().cbsCode())
        .isEqualTo(MunicipalityCode.of("GM0160"));
  }
}
