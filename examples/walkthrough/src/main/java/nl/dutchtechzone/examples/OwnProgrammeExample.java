package nl.dutchtechzone.examples;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.IncomeCategory;
import nl.dutchtechzone.core.plan.Scope;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionScheme;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.validation.ProgrammeYear;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Validators;
import nl.dutchtechzone.reporting.Exporters;
import nl.dutchtechzone.reporting.json.Dataset;
import nl.dutchtechzone.reporting.json.JsonDatasets;
import nl.dutchtechzone.reporting.spi.ExportContext;

/**
 * The README's second code example: a programme of your own, built with the Java API, its
 * contributions, its budget checked, a report written and the programme saved as a dataset file
 * for the command-line tool. Compiled and run by the build so that it cannot go stale; its
 * inhabitant figures are made up.
 */
public final class OwnProgrammeExample {

  private OwnProgrammeExample() {}

  /**
   * Builds a two-municipality programme at EUR 0.85 per inhabitant, computes its 2025
   * contributions, validates its 2025 budget, writes the Markdown report and the dataset.
   *
   * @param args the folder to write to; {@code my-programme} if none is given
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    // Who takes part, from when, and what each inhabitant of a member municipality pays.
    Programme tdc = Programme.builder().id("tdc").shortName("TDC").name("Twente Data Corridor")
        .purpose(LocalizedText.of("Open data in Twente bruikbaar maken",
            "Make Twente's open data usable"))
        .addPartners(Partner.municipality("enschede", "Enschede", "GM0153"),
            Partner.municipality("hengelo", "Hengelo", "GM0164"),
            Partner.municipality("almelo", "Almelo", "GM0141"),
            Partner.of("utwente", "Universiteit Twente", PartnerKind.KNOWLEDGE_INSTITUTION))
        .addMemberships(Membership.since("enschede", 2025), Membership.since("hengelo", 2025),
            Membership.since("almelo", 2026), Membership.since("utwente", 2025))
        .strategicPeriod(StrategicPeriod.of(2025, 2028))
        .addCostCategories(CostCategory.of("staff", LocalizedText.of("Personeel", "Staff")))
        .contributionPerInhabitant(new BigDecimal("0.85"))
        .build();

    // Inhabitants on 1 January 2025 (made up); the members of 2025 pay, Almelo from 2026.
    InhabitantRegister register = InhabitantRegister.of(List.of(
        InhabitantFigure.of(MunicipalityCode.of("GM0153"), "Enschede", LocalDate.of(2025, 1, 1),
            161_811, FigureStatus.FINAL, "illustrative"),
        InhabitantFigure.of(MunicipalityCode.of("GM0164"), "Hengelo", LocalDate.of(2025, 1, 1),
            82_012, FigureStatus.FINAL, "illustrative")));
    ContributionStatement contributions = ContributionCalculator
        .of(ContributionScheme.of(tdc, RoundingMode.HALF_UP), register).calculate(tdc, 2025);
    System.out.println("Contributions 2025: " + contributions.total().toDutchString());

    // The 2025 budget: the contributions, a grant (income of its own category) and the staff.
    AnnualPlan plan = AnnualPlan.builder().programmeId("tdc").year(2025)
        .strategicPeriod(tdc.strategicPeriod())
        .budget(Budget.builder().year(2025).status(BudgetStatus.ESTIMATE).addLines(
            line("members", Flow.INCOME, IncomeCategory.CONTRIBUTIONS.id(), "207249.55"),
            line("grant", Flow.INCOME, IncomeCategory.OTHER.id(), "125000.00"),
            line("team", Flow.SPENDING, "staff", "300000.00")).build())
        .build();
    ValidationResult validation = Validators.programmeYear().validate(ProgrammeYear.builder()
        .programme(tdc).year(2025).budget(plan.budget()).contributions(contributions).build());
    System.out.println("Validation: " + validation.describe());

    // A report in English, and the whole programme as a dataset for dtz-cli.jar --dataset.
    Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "my-programme"));
    ExportContext context = ExportContext.builder().programme(tdc).year(2025).plan(plan)
        .contributions(contributions).validation(validation).locale(ExportContext.ENGLISH)
        .build();
    System.out.println("Wrote " + Exporters.discover().exportTo("markdown", context, folder));
    JsonDatasets.write(Dataset.builder().programme(tdc)
        .inhabitantFigures(register.figures()).addPlans(plan).build(), folder.resolve("tdc.json"));
  }

  private static BudgetLine line(String id, Flow flow, String category, String planned) {
    return BudgetLine.builder().id(id).flow(flow).categoryId(category)
        .description(LocalizedText.of(id, id)).planned(Money.parse(planned))
        .scope(Scope.IN_SCOPE).build();
  }
}
