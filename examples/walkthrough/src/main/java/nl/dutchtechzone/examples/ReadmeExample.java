package nl.dutchtechzone.examples;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionScheme;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import nl.dutchtechzone.finance.ledger.YearBalance;
import nl.dutchtechzone.finance.validation.ProgrammeYear;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Validators;
import nl.dutchtechzone.reporting.Exporters;
import nl.dutchtechzone.reporting.spi.ExportContext;

/**
 * The code example of the README, compiled and run by the build so that it cannot go stale.
 */
public final class ReadmeExample {

  private ReadmeExample() {}

  /**
   * Loads the reference data, checks the 2022 statement, computes the 2021 contributions and
   * writes the HTML report.
   *
   * @param args the folder to write to; {@code dtz-reports} if none is given
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    Programme dtz = DutchTechZone.programme();
    AnnualReport report = DutchTechZone.report2022();

    // The 2022 statement: carried forward + income - spending, and every validation rule.
    Money closing = YearBalance.of(report.statement().orElseThrow()).closing();
    ValidationResult validation =
        Validators.programmeYear().validate(ProgrammeYear.of(dtz, report));
    System.out.println("Closing balance 2022: " + closing.toDutchString());
    System.out.println("Validation: " + validation.describe());

    // EUR 1.00 per inhabitant on 1 January 2021 (provisional CBS figures, so an estimate),
    // paid by the municipalities that are members of the programme in 2021.
    ContributionStatement contributions = ContributionCalculator
        .of(ContributionScheme.of(dtz, RoundingMode.HALF_UP), ReferenceInhabitants.register())
        .calculate(dtz, 2021);
    contributions.lines().forEach(line -> System.out.println(
        line.name() + ": " + line.amount().toDutchString() + " (" + line.figureStatus() + ")"));

    // One document, written by one of the discovered exporters into a folder.
    ExportContext context = ExportContext.builder().programme(dtz).year(2023)
        .plan(DutchTechZone.plan2023()).report(report)
        .contributions(contributions).validation(validation).build();
    Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "dtz-reports"));
    System.out.println("Wrote " + Exporters.discover().exportTo("html", context, folder));
  }
}
