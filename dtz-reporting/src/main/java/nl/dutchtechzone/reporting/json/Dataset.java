package nl.dutchtechzone.reporting.json;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.dutchtechzone.core.CoverLetter;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import org.immutables.value.Value;

/**
 * A whole programme as one dataset: the programme with its partners and memberships, the
 * inhabitant figures of its municipalities, its annual plans, its annual reports and the cover
 * letters that sent them. This is what a
 * {@code dtzFormat} 1 file holds.
 *
 * <p>Invariants, beyond those of the parts: every inhabitant figure is of a municipality partner
 * (by CBS code), at most one per municipality, reference date and status; every plan and report
 * belongs to the programme;
 * there is at most one plan and one report per year; every partner, indicator and cost-category
 * id the plans and reports use names one of the programme; and the action ids a report links to
 * name action points of the plan of the same year whenever the dataset holds that plan.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dataset {

  Dataset() {}

  /**
   * The programme: partners, memberships, office, board, themes, period, related programmes,
   * indicators, cost categories and contribution rate.
   *
   * @return the programme
   */
  public abstract Programme programme();

  /**
   * The inhabitant figures of the member municipalities, each with its source, reference date
   * and status (provisional or final), in the order given.
   *
   * @return the figures, possibly empty
   */
  public abstract List<InhabitantFigure> inhabitantFigures();

  /**
   * The inhabitant figures as a register, for the contribution calculation.
   *
   * @return the register of {@link #inhabitantFigures()}
   */
  public InhabitantRegister inhabitantRegister() {
    return InhabitantRegister.of(inhabitantFigures());
  }

  /**
   * The annual plans, in the order given (usually by year).
   *
   * @return the plans, possibly empty
   */
  public abstract List<AnnualPlan> plans();

  /**
   * The annual reports, in the order given (usually by year).
   *
   * @return the reports, possibly empty
   */
  public abstract List<AnnualReport> reports();

  /**
   * The cover letters with which plans and reports travelled, in the order given.
   *
   * @return the letters, possibly empty
   */
  public abstract List<CoverLetter> coverLetters();

  /**
   * The plan for a year.
   *
   * @param year the year
   * @return the plan, or empty if the dataset holds none for that year
   */
  public Optional<AnnualPlan> plan(int year) {
    return plans().stream().filter(p -> p.year() == year).findFirst();
  }

  /**
   * The report for a year.
   *
   * @param year the year
   * @return the report, or empty if the dataset holds none for that year
   */
  public Optional<AnnualReport> report(int year) {
    return reports().stream().filter(r -> r.year() == year).findFirst();
  }

  /**
   * Starts a dataset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The Dutch TechZone reference data as a dataset: {@link DutchTechZone#programme()}, the
   * provisional inhabitant figures of 1 January 2021 ({@link ReferenceInhabitants#figures2021()}),
   * the plan
   * {@link DutchTechZone#plan2023()}, the report {@link DutchTechZone#report2022()} and the
   * {@link DutchTechZone#coverLetter()}. The shipped file {@code dtz-reference.json} is this
   * dataset as the writer writes it ({@link JsonDatasets#reference()}).
   *
   * @return the reference dataset
   */
  public static Dataset dutchTechZone() {
    return builder()
        .programme(DutchTechZone.programme())
        .inhabitantFigures(ReferenceInhabitants.figures2021())
        .addPlans(DutchTechZone.plan2023())
        .addReports(DutchTechZone.report2022())
        .addCoverLetters(DutchTechZone.coverLetter())
        .build();
  }

  /**
   * Whether this thread is building, in the reader, a dataset whose references the reader's own
   * {@link DatasetReferences.Checker} has just checked with every rule as it bound them (and
   * found no problem): the one case where {@link #check()} need not walk the dataset again.
   */
  private static final ThreadLocal<Boolean> REFERENCES_CHECKED =
      ThreadLocal.withInitial(() -> Boolean.FALSE);

  /**
   * Builds a dataset that the reader has bound and whose references its checker has checked,
   * without walking them a second time; every other invariant is checked as always.
   *
   * @param build builds the dataset
   * @return what {@code build} returns
   */
  static Object buildChecked(Supplier<Object> build) {
    REFERENCES_CHECKED.set(Boolean.TRUE);
    try {
      return build.get();
    } finally {
      REFERENCES_CHECKED.remove();
    }
  }

  @Value.Check
  final void check() {
    String id = programme().id();
    for (AnnualPlan plan : plans()) {
      checkArgument(plan.programmeId().equals(id),
          "Dataset.plans: plan %s belongs to programme '%s', expected '%s'",
          plan.year(), plan.programmeId(), id);
    }
    for (AnnualReport report : reports()) {
      checkArgument(report.programmeId().equals(id),
          "Dataset.reports: report %s belongs to programme '%s', expected '%s'",
          report.year(), report.programmeId(), id);
    }
    // Ids, references and the keys held once: stated in DatasetReferences, which the reader
    // uses too (as it reads: then they are checked already).
    if (REFERENCES_CHECKED.get()) {
      return;
    }
    List<String> problems = DatasetReferences.problems(this);
    checkArgument(problems.isEmpty(), "Dataset: %s", problems.size() == 1 ? problems.get(0)
        : problems.size() + " problems:\n  " + String.join("\n  ", problems));
  }

  /** Builds a {@link Dataset}; obtain one through {@link Dataset#builder()}. */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}
  }
}
