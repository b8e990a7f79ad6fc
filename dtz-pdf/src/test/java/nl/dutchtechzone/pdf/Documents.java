package nl.dutchtechzone.pdf;

import java.util.Locale;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.contribution.Settlement;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import nl.dutchtechzone.finance.validation.Validators;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.tracking.Tracker;
import nl.dutchtechzone.reporting.tracking.TrackingInput;

/**
 * The export documents of the tests: the reference document of Dutch TechZone, and a small
 * second programme (made up for the tests) with a plan, a report and hostile text.
 */
final class Documents {

  private Documents() {}

  /** The reference document: the 2023 plan with the 2022 report, tracked and validated. */
  static ExportContext.Builder reference(Locale locale) {
    Programme programme = DutchTechZone.programme();
    return ExportContext.builder()
        .programme(programme)
        .year(2023)
        .plan(DutchTechZone.plan2023())
        .report(DutchTechZone.report2022())
        .tracking(Tracker.track(TrackingInput.builder()
            .programme(programme)
            .addPlans(DutchTechZone.plan2023())
            .addReports(DutchTechZone.report2022())
            .build()))
        .contributions(contributions2021(ReferenceInhabitants.register()))
        .settlement(settlement2021())
        .validation(Validators.statement().validate(
            DutchTechZone.report2022().statement().orElseThrow()))
        .coverLetter(DutchTechZone.coverLetter())
        .locale(locale);
  }

  private static ContributionStatement contributions2021(InhabitantRegister register) {
    Programme programme = DutchTechZone.programme();
    return ContributionCalculator.of(ReferenceScheme.dutchTechZone(), register)
        .calculate(programme.id(), 2021, programme.municipalitiesIn(2022));
  }

  /**
   * The 2021 contributions settled against final figures made up for the tests (each
   * municipality 10 inhabitants more, Emmen 100 fewer): not CBS figures.
   */
  static Settlement settlement2021() {
    ContributionStatement estimate = contributions2021(ReferenceInhabitants.register());
    InhabitantRegister register = ReferenceInhabitants.register();
    for (ContributionLine l : estimate.lines()) {
      register = register.with(InhabitantFigure.of(l.cbsCode(), l.name(), l.referenceDate(),
          l.inhabitants() + (l.name().equals("Emmen") ? -100 : 10), FigureStatus.FINAL,
          "made-up final figure for the dtz-pdf tests"));
    }
    return Settlement.between(estimate, contributions2021(register));
  }

  /** A second programme, not Dutch TechZone: two municipalities, one theme, one statement. */
  static ExportContext.Builder second(Locale locale) {
    Programme programme = Programme.builder()
        .id("kanaalzone-west")
        .shortName("KZW")
        .name("Kanaalzone West <proef> & co")
        .purpose(LocalizedText.of("Werk en wonen langs het kanaal versterken.",
            "Strengthen work and living along the canal."))
        .addPartners(Partner.municipality("gemeente-a", "Gemeente A", "GM0363"),
            Partner.municipality("gemeente-b", "Gemeente B", "GM0518"))
        .strategicPeriod(StrategicPeriod.of(2024, 2027))
        .build();
    AnnualPlan plan = AnnualPlan.builder()
        .programmeId(programme.id())
        .year(2025)
        .strategicPeriod(StrategicPeriod.of(2024, 2027))
        .introduction(LocalizedText.of("Een kort plan met \"aanhalingstekens\" en <tags>.",
            "A short plan with \"quotes\" and <tags>."))
        .addThemes(InvestmentTheme.builder()
            .id("canal")
            .title(LocalizedText.of("Kanaal & kade", "Canal & quay"))
            .addActions(
                ActionPoint.builder().id("KZW-1")
                    .text(LocalizedText.of("=HYPERLINK(\"http://example.invalid\") kade",
                        "=HYPERLINK(\"http://example.invalid\") quay"))
                    .build(),
                ActionPoint.builder().id("KZW-2")
                    .text(LocalizedText.of("Bedrijven \u0007spreken", "Talk \u0007with firms"))
                    .build())
            .build())
        .build();
    AnnualReport report = AnnualReport.builder()
        .programmeId(programme.id())
        .year(2024)
        .statement(FinancialStatement.builder()
            .year(2024)
            .carriedForward(Money.parse("1.000,00"))
            .addIncome(StatementLine.builder().id("income")
                .label(LocalizedText.of("Bijdragen", "Contributions"))
                .amount(Money.parse("50.000,00")).build())
            .addSpending(StatementLine.builder().id("costs")
                .label(LocalizedText.of("Kosten", "Costs"))
                .amount(Money.parse("48.765,43")).build())
            .statedSpendingTotal(Money.parse("48.765,43"))
            .build())
        .build();
    return ExportContext.builder()
        .programme(programme)
        .year(2025)
        .plan(plan)
        .report(report)
        .locale(locale);
  }
}
