package nl.dutchtechzone.reporting.json;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.CoverLetter;
import nl.dutchtechzone.core.Indicator;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.InKindCapacity;
import nl.dutchtechzone.core.plan.IncomeCategory;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.ReportItem;
import nl.dutchtechzone.core.report.StatementLine;
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

  @Value.Check
  final void check() {
    Programme programme = programme();
    String id = programme.id();
    Set<String> municipalities = ids(programme.partners().stream()
        .filter(Partner::isMunicipality).map(p -> p.cbsCode().orElseThrow().value()));
    Set<String> figureKeys = new HashSet<>();
    for (InhabitantFigure figure : inhabitantFigures()) {
      checkArgument(municipalities.contains(figure.municipality().value()),
          "Dataset.inhabitantFigures: %s (%s) is not the CBS code of a municipality of programme"
              + " '%s'; known: %s",
          figure.municipality(), figure.municipalityName(), id, sorted(municipalities));
      checkArgument(figureKeys.add(figure.municipality() + "|" + figure.referenceDate() + "|"
              + figure.status() + "|" + figure.knownOn().map(LocalDate::toString).orElse("")),
          "Dataset.inhabitantFigures must hold at most one %s figure per municipality, "
              + "reference date and retrieval date, but %s on %s%s occurs more than once",
          figure.status(), figure.municipality(), figure.referenceDate(),
          figure.knownOn().map(d -> " retrieved " + d).orElse(""));
    }
    Set<Integer> planYears = new HashSet<>();
    for (AnnualPlan plan : plans()) {
      checkArgument(plan.programmeId().equals(id),
          "Dataset.plans: plan %s belongs to programme '%s', expected '%s'",
          plan.year(), plan.programmeId(), id);
      checkArgument(planYears.add(plan.year()),
          "Dataset.plans must hold at most one plan per year, but %s occurs more than once",
          plan.year());
      checkPlan(programme, plan);
    }
    Set<Integer> reportYears = new HashSet<>();
    for (AnnualReport report : reports()) {
      checkArgument(report.programmeId().equals(id),
          "Dataset.reports: report %s belongs to programme '%s', expected '%s'",
          report.year(), report.programmeId(), id);
      checkArgument(reportYears.add(report.year()),
          "Dataset.reports must hold at most one report per year, but %s occurs more than once",
          report.year());
      checkReport(programme, report, plan(report.year()));
    }
  }

  private static void checkPlan(Programme programme, AnnualPlan plan) {
    Set<String> indicators = ids(programme.indicators().stream().map(Indicator::id));
    Set<String> categories = ids(programme.costCategories().stream().map(CostCategory::id));
    Set<String> partners = ids(programme.partners().stream().map(Partner::id));
    for (ActionPoint action : plan.actions()) {
      action.target().ifPresent(t -> checkArgument(indicators.contains(t.indicatorId()),
          "Dataset: plan %s action '%s' has a target for unknown indicator '%s'; known: %s",
          plan.year(), action.id(), t.indicatorId(), sorted(indicators)));
    }
    plan.budget().ifPresent(b -> {
      for (BudgetLine line : b.lines()) {
        // An income line has an income category of its own, or (as in earlier datasets) a
        // cost category declared for it.
        checkArgument(categories.contains(line.categoryId())
                || line.incomeCategory().isPresent(),
            "Dataset: plan %s budget line '%s' has unknown %s '%s'; known: %s",
            plan.year(), line.id(), line.flow() == Flow.INCOME ? "income category"
                : "cost category", line.categoryId(), line.flow() == Flow.INCOME
                ? INCOME_CATEGORIES + " and " + sorted(categories) : sorted(categories));
      }
    });
    for (InKindCapacity inKind : plan.inKind()) {
      inKind.partnerId().ifPresent(p -> checkArgument(partners.contains(p),
          "Dataset: plan %s in-kind capacity refers to unknown partner '%s'; known: %s",
          plan.year(), p, sorted(partners)));
    }
  }

  private static final List<String> INCOME_CATEGORIES = java.util.Arrays
      .stream(IncomeCategory.values()).map(IncomeCategory::id)
      .collect(Collectors.toList());

  private static void checkReport(Programme programme, AnnualReport report,
      Optional<AnnualPlan> plan) {
    Set<String> indicators = ids(programme.indicators().stream().map(Indicator::id));
    Set<String> categories = ids(programme.costCategories().stream().map(CostCategory::id));
    for (IndicatorValue value : report.indicatorValues()) {
      checkArgument(indicators.contains(value.indicatorId()),
          "Dataset: report %s indicator value '%s' refers to unknown indicator '%s'; known: %s",
          report.year(), value.id(), value.indicatorId(), sorted(indicators));
    }
    report.statement().ifPresent(s -> {
      for (StatementLine line : s.spending()) {
        line.categoryId().ifPresent(c -> checkArgument(categories.contains(c),
            "Dataset: report %s statement line '%s' has unknown cost category '%s'; known: %s",
            report.year(), line.id(), c, sorted(categories)));
      }
      for (StatementLine line : s.income()) {
        line.categoryId().ifPresent(c -> checkArgument(categories.contains(c)
                || IncomeCategory.byId(c).isPresent(),
            "Dataset: report %s statement line '%s' has unknown income category '%s'; known: "
                + "%s and %s", report.year(), line.id(), c, INCOME_CATEGORIES,
            sorted(categories)));
      }
    });
    plan.ifPresent(p -> {
      Set<String> actions = ids(p.actions().stream().map(ActionPoint::id));
      for (ReportItem item : report.items()) {
        for (String action : item.actionIds()) {
          checkArgument(actions.contains(action),
              "Dataset: report %s item '%s' links to action '%s', which the plan %s does not"
                  + " have",
              report.year(), item.id(), action, p.year());
        }
      }
    });
  }

  private static Set<String> ids(java.util.stream.Stream<String> ids) {
    return ids.collect(Collectors.toSet());
  }

  private static List<String> sorted(Set<String> ids) {
    return ids.stream().sorted().collect(Collectors.toList());
  }

  /** Builds a {@link Dataset}; obtain one through {@link Dataset#builder()}. */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}
  }
}
