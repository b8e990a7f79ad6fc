package nl.dutchtechzone.finance.contribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The history of one year's contributions: the statement again for each vintage of inhabitant
 * figures (estimate, revised estimate, final; or one per CBS download), and the settlement of
 * each vintage against the one before.
 *
 * <p>Vintages are the points at which a figure for the year's reference date became known,
 * ordered by retrieval date (a figure typed in by hand, without one, first) and then by status.
 * The vintage at a point is the register as known then: every figure retrieved earlier, and at
 * that date those of that status or a less certain one. A point at which not every payer has a
 * figure gives no statement (see {@link #notes()}); a point whose statement equals the previous
 * one adds no vintage. The settlements' totals sum to the last total minus the first.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContributionHistory {

  ContributionHistory() {}

  /**
   * The id of the programme.
   *
   * @return the programme id
   */
  public abstract String programmeId();

  /**
   * The year the contributions are for.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The vintages, oldest first.
   *
   * @return at least one vintage
   */
  public abstract List<ContributionVintage> vintages();

  /**
   * The points the history leaves out: at each, the figure some payer did not have yet.
   *
   * @return the gaps, in the order of the points
   */
  abstract List<Gap> gaps();

  /**
   * What the history leaves out and why, in English: points at which some payer had no figure
   * yet; the same as {@code notes(Locale.ENGLISH)}.
   *
   * @return English sentences, possibly none
   */
  public List<String> notes() {
    return notes(Locale.ENGLISH);
  }

  /**
   * What the history leaves out and why, in a language: from the contribution message bundle of
   * the locale's language where there is one (Dutch for {@code nl}), English otherwise and for
   * any key that bundle lacks; never the default locale's.
   *
   * @param locale the language, not null
   * @return one sentence per point without a statement, possibly none
   */
  public List<String> notes(Locale locale) {
    requireNonNull(locale, "locale");
    List<String> notes = new ArrayList<>();
    for (Gap gap : gaps()) {
      String point = gap.knownOn().isPresent()
          ? ContributionTexts.render(locale, "history.point.retrieved", gap.status(),
              gap.knownOn().get())
          : ContributionTexts.render(locale, "history.point", gap.status());
      notes.add(ContributionTexts.render(locale, "history.noStatement", point,
          gap.missing().message(locale)));
    }
    return notes;
  }

  /** A point without a statement: its status and retrieval date, and the missing figure. */
  static final class Gap {
    private final FigureStatus status;
    private final Optional<LocalDate> knownOn;
    private final MissingInhabitantFigureException missing;

    Gap(FigureStatus status, Optional<LocalDate> knownOn,
        MissingInhabitantFigureException missing) {
      this.status = status;
      this.knownOn = knownOn;
      this.missing = missing;
    }

    FigureStatus status() {
      return status;
    }

    Optional<LocalDate> knownOn() {
      return knownOn;
    }

    MissingInhabitantFigureException missing() {
      return missing;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Gap && ((Gap) o).status == status && ((Gap) o).knownOn.equals(knownOn)
          && ((Gap) o).missing.municipality().equals(missing.municipality())
          && ((Gap) o).missing.referenceDate().equals(missing.referenceDate());
    }

    @Override
    public int hashCode() {
      return Objects.hash(status, knownOn, missing.municipality(), missing.referenceDate());
    }
  }

  /**
   * The settlement of each vintage against the one before: one fewer than the vintages.
   *
   * @return the settlements, oldest first
   */
  public List<Settlement> settlements() {
    List<Settlement> settlements = new ArrayList<>();
    for (int i = 1; i < vintages().size(); i++) {
      settlements.add(Settlement.of(vintages().get(i - 1).statement(),
          vintages().get(i).statement()));
    }
    return settlements;
  }

  /**
   * The statement of the newest vintage.
   *
   * @return the latest statement
   */
  public ContributionStatement latest() {
    return vintages().get(vintages().size() - 1).statement();
  }

  /**
   * What was settled in all: the latest total minus the first.
   *
   * @return the sum of the settlements' totals
   */
  public Money settledTotal() {
    return latest().total().minus(vintages().get(0).statement().total());
  }

  /**
   * The history of a year of a programme, its payers taken from membership.
   *
   * @param calculator the calculator, its register holding every vintage, not null
   * @param programme the programme, not null
   * @param year the year
   * @return the history
   * @throws IllegalArgumentException as {@link ContributionCalculator#calculate(Programme, int)}
   * @throws MissingInhabitantFigureException if even the full register lacks a payer's figure
   */
  public static ContributionHistory of(ContributionCalculator calculator, Programme programme,
      int year) {
    requireNonNull(calculator, "calculator");
    requireNonNull(programme, "programme");
    return build(calculator, programme.id(), year, c -> c.calculate(programme, year));
  }

  /**
   * The history of a year paid by given partners.
   *
   * @param calculator the calculator, its register holding every vintage, not null
   * @param programmeId the programme id, not null
   * @param year the year
   * @param payers the payers, not null, as {@link ContributionCalculator#calculate(String, int,
   *     Collection)}
   * @return the history
   * @throws IllegalArgumentException as that method
   * @throws MissingInhabitantFigureException if even the full register lacks a payer's figure
   */
  public static ContributionHistory of(ContributionCalculator calculator, String programmeId,
      int year, Collection<Partner> payers) {
    requireNonNull(calculator, "calculator");
    requireNonNull(programmeId, "programmeId");
    requireNonNull(payers, "payers");
    List<Partner> copy = List.copyOf(payers);
    return build(calculator, programmeId, year, c -> c.calculate(programmeId, year, copy));
  }

  /** A point in time and certainty: a retrieval date (MIN for none) and a status. */
  private record Point(LocalDate knownOn, FigureStatus status) {
    static final Comparator<Point> ORDER =
        Comparator.comparing(Point::knownOn).thenComparing(Point::status);

    boolean covers(InhabitantFigure f) {
      return ORDER.compare(new Point(f.knownOn().orElse(LocalDate.MIN), f.status()), this) <= 0;
    }
  }

  private static ContributionHistory build(ContributionCalculator calculator, String programmeId,
      int year, Function<ContributionCalculator, ContributionStatement> calculate) {
    // The full register first: it fails with the real problem if a figure is missing for good.
    ContributionStatement full = calculate.apply(calculator);
    LocalDate date = full.referenceDate();
    InhabitantRegister register = calculator.register();
    TreeSet<Point> points = new TreeSet<>(Point.ORDER);
    for (InhabitantFigure f : register.figures()) {
      if (f.referenceDate().equals(date)) {
        points.add(new Point(f.knownOn().orElse(LocalDate.MIN), f.status()));
      }
    }
    List<ContributionVintage> vintages = new ArrayList<>();
    List<Gap> gaps = new ArrayList<>();
    for (Point point : points) {
      List<InhabitantFigure> kept = new ArrayList<>();
      for (InhabitantFigure f : register.figures()) {
        if (point.covers(f)) {
          kept.add(f);
        }
      }
      ContributionStatement statement;
      try {
        statement = calculate.apply(calculator.withRegister(InhabitantRegister.of(kept)));
      } catch (MissingInhabitantFigureException e) {
        gaps.add(new Gap(point.status(), point.knownOn().equals(LocalDate.MIN)
            ? Optional.empty() : Optional.of(point.knownOn()), e));
        continue;
      }
      if (vintages.isEmpty()
          || !vintages.get(vintages.size() - 1).statement().equals(statement)) {
        vintages.add(ContributionVintage.of(
            point.knownOn().equals(LocalDate.MIN) ? Optional.empty()
                : Optional.of(point.knownOn()), point.status(), statement));
      }
    }
    checkArgument(!vintages.isEmpty() && vintages.get(vintages.size() - 1).statement()
        .equals(full), "the history of %s does not end in the statement on every figure", year);
    return ImmutableContributionHistory.builder().programmeId(programmeId).year(year)
        .vintages(vintages).gaps(gaps).build();
  }

  @Value.Check
  final void check() {
    checkArgument(!vintages().isEmpty(), "ContributionHistory.vintages of %s must not be empty",
        year());
  }
}
