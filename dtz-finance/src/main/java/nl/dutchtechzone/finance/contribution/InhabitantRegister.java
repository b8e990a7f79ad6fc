package nl.dutchtechzone.finance.contribution;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import org.immutables.value.Value;

/**
 * The inhabitant figures known for municipalities and reference dates, and which of them counts.
 *
 * <p>For a municipality and a reference date the register may hold several figures: one per
 * status (provisional, revised provisional, final) and, for figures read from CBS downloads, one
 * per status and retrieval date. {@link #figureFor} answers which counts: the most certain status
 * known, and among figures of that status the one retrieved last (a figure without a retrieval
 * date before any dated one). {@link #explain} says why.
 *
 * <p>Views: {@link #asKnownAt(FigureStatus)} keeps the figures up to a status (the provisional
 * view gives the estimate, the full register the final statement, both from one register);
 * {@link #asKnownAt(LocalDate)} keeps the figures retrieved on or before a day. A figure typed
 * in by hand has no retrieval date and counts as known from the start.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InhabitantRegister {

  /** Least certain first: by status, then by retrieval date, an undated figure first. */
  static final Comparator<InhabitantFigure> BY_CERTAINTY =
      Comparator.comparing(InhabitantFigure::status)
          .thenComparing(f -> f.knownOn().orElse(LocalDate.MIN));

  InhabitantRegister() {}

  /**
   * Every figure in the register, in the order given.
   *
   * @return the figures
   */
  public abstract List<InhabitantFigure> figures();

  /**
   * A register holding figures.
   *
   * @param figures the figures, not null, no null elements, at most one per municipality,
   *     reference date, status and retrieval date
   * @return the register
   * @throws RegisterConflictException naming the municipality, date and status of a duplicate
   */
  public static InhabitantRegister of(Collection<InhabitantFigure> figures) {
    return ImmutableInhabitantRegister.builder().figures(figures).build();
  }

  /**
   * A register without figures.
   *
   * @return the empty register
   */
  public static InhabitantRegister empty() {
    return of(List.of());
  }

  /**
   * This register with one more figure, for instance the final figure that replaces a
   * provisional one.
   *
   * @param figure the figure to add, not null
   * @return a new register
   * @throws RegisterConflictException if the register already holds a figure with the same
   *     municipality, reference date, status and retrieval date
   */
  public InhabitantRegister with(InhabitantFigure figure) {
    requireNonNull(figure, "figure");
    return ImmutableInhabitantRegister.builder().from(this).addFigures(figure).build();
  }

  /**
   * This register with more figures, for instance those of a newer CBS download.
   *
   * @param more the figures to add, not null, no null elements
   * @return a new register
   * @throws RegisterConflictException if a figure duplicates one already held (same
   *     municipality, reference date, status and retrieval date)
   */
  public InhabitantRegister withAll(Collection<InhabitantFigure> more) {
    requireNonNull(more, "more");
    return ImmutableInhabitantRegister.builder().from(this).addAllFigures(more).build();
  }

  /**
   * The register as known at a status: only the figures of that status or a less certain one.
   * {@code asKnownAt(PROVISIONAL)} gives the figures an estimate is made from; the register
   * itself gives the final statement.
   *
   * @param status the most certain status to keep, not null
   * @return a new register, possibly empty
   */
  public InhabitantRegister asKnownAt(FigureStatus status) {
    requireNonNull(status, "status");
    return filtered(f -> f.status().compareTo(status) <= 0);
  }

  /**
   * The register as known on a day: only the figures retrieved on or before it, and those
   * without a retrieval date (typed in by hand), which count as known from the start.
   *
   * @param date the day, not null
   * @return a new register, possibly empty
   */
  public InhabitantRegister asKnownAt(LocalDate date) {
    requireNonNull(date, "date");
    return filtered(f -> f.knownOn().map(d -> !d.isAfter(date)).orElse(true));
  }

  private InhabitantRegister filtered(Predicate<InhabitantFigure> keep) {
    List<InhabitantFigure> kept = figures().stream().filter(keep).collect(Collectors.toList());
    return kept.size() == figures().size() ? this : of(kept);
  }

  /**
   * The figure that counts for a municipality on a reference date: the most certain status
   * known, of that status the one retrieved last.
   *
   * @param municipality the CBS code, not null
   * @param referenceDate the reference date, not null
   * @return the figure; its status says whether it is final or provisional
   * @throws MissingInhabitantFigureException naming the municipality and the date if there is no
   *     figure
   */
  public InhabitantFigure figureFor(MunicipalityCode municipality, LocalDate referenceDate) {
    requireNonNull(municipality, "municipality");
    requireNonNull(referenceDate, "referenceDate");
    List<InhabitantFigure> known = index().get(new Key(municipality, referenceDate));
    if (known == null) {
      throw new MissingInhabitantFigureException(municipality, nameOf(municipality),
          referenceDate);
    }
    return known.get(known.size() - 1);
  }

  /**
   * The figure that counts for a municipal partner on a reference date.
   *
   * @param municipality the partner, not null, a municipality with a CBS code
   * @param referenceDate the reference date, not null
   * @return the most certain figure known
   * @throws IllegalArgumentException if the partner has no CBS code
   * @throws MissingInhabitantFigureException naming the municipality and the date if there is no
   *     figure
   */
  public InhabitantFigure figureFor(Partner municipality, LocalDate referenceDate) {
    requireNonNull(municipality, "municipality");
    requireNonNull(referenceDate, "referenceDate");
    MunicipalityCode code = codeOf(municipality);
    List<InhabitantFigure> known = index().get(new Key(code, referenceDate));
    if (known == null) {
      throw new MissingInhabitantFigureException(code, municipality.name(), referenceDate);
    }
    return known.get(known.size() - 1);
  }

  static MunicipalityCode codeOf(Partner municipality) {
    return municipality.cbsCode().orElseThrow(() -> new IllegalArgumentException(
        "partner '" + municipality.id() + "' of kind " + municipality.kind()
            + " has no CBS code; inhabitant figures exist for municipalities only"));
  }

  /**
   * Which figure counts for a municipality on a reference date, and why.
   *
   * @param municipality the CBS code, not null
   * @param referenceDate the reference date, not null
   * @return the choice: the figure, the other figures known and the reason
   * @throws MissingInhabitantFigureException if there is no figure
   */
  public FigureChoice explain(MunicipalityCode municipality, LocalDate referenceDate) {
    InhabitantFigure chosen = figureFor(municipality, referenceDate);
    return FigureChoice.of(chosen, others(municipality, referenceDate, chosen), List.of(),
        Optional.empty());
  }

  /**
   * Which figure counted for a municipality on a reference date as known on a day, and why;
   * the figures retrieved later are listed as not yet known.
   *
   * @param municipality the CBS code, not null
   * @param referenceDate the reference date, not null
   * @param knownAt the day, not null
   * @return the choice
   * @throws MissingInhabitantFigureException if no figure was known on that day
   */
  public FigureChoice explain(MunicipalityCode municipality, LocalDate referenceDate,
      LocalDate knownAt) {
    requireNonNull(knownAt, "knownAt");
    InhabitantRegister view = asKnownAt(knownAt);
    InhabitantFigure chosen = view.figureFor(municipality, referenceDate);
    List<InhabitantFigure> later = index().getOrDefault(new Key(municipality, referenceDate),
        List.of()).stream()
        .filter(f -> f.knownOn().map(d -> d.isAfter(knownAt)).orElse(false))
        .collect(Collectors.toList());
    return FigureChoice.of(chosen, view.others(municipality, referenceDate, chosen), later,
        Optional.of(knownAt));
  }

  private List<InhabitantFigure> others(MunicipalityCode municipality, LocalDate referenceDate,
      InhabitantFigure chosen) {
    List<InhabitantFigure> all = index().get(new Key(municipality, referenceDate));
    List<InhabitantFigure> others = new ArrayList<>(all);
    others.remove(chosen);
    return others;
  }

  /**
   * The figure with a given status for a municipality on a reference date; of several with that
   * status, the one retrieved last.
   *
   * @param municipality the CBS code, not null
   * @param referenceDate the reference date, not null
   * @param status the status wanted, not null
   * @return the figure, or empty
   */
  public Optional<InhabitantFigure> figure(
      MunicipalityCode municipality, LocalDate referenceDate, FigureStatus status) {
    requireNonNull(municipality, "municipality");
    requireNonNull(referenceDate, "referenceDate");
    requireNonNull(status, "status");
    List<InhabitantFigure> known = index().get(new Key(municipality, referenceDate));
    if (known == null) {
      return Optional.empty();
    }
    InhabitantFigure found = null;
    for (InhabitantFigure f : known) {
      if (f.status() == status) {
        found = f;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The figures by municipality and reference date, each list least certain first ({@link
   * #BY_CERTAINTY}), so that a statement of n payers looks n figures up in O(n). Built on first
   * use; not part of equality. The lists are never modified after the index is built.
   */
  @Value.Lazy
  Map<Key, List<InhabitantFigure>> index() {
    Map<Key, List<InhabitantFigure>> index = new HashMap<>();
    for (InhabitantFigure f : figures()) {
      index.computeIfAbsent(new Key(f.municipality(), f.referenceDate()), k -> new ArrayList<>(1))
          .add(f);
    }
    for (List<InhabitantFigure> list : index.values()) {
      list.sort(BY_CERTAINTY);
    }
    return Collections.unmodifiableMap(index);
  }

  /** A municipality on a reference date. */
  record Key(MunicipalityCode municipality, LocalDate referenceDate) {}

  /**
   * Every figure of a municipality, by reference date, least certain first.
   *
   * @param municipality the CBS code, not null
   * @return the figures, possibly empty
   */
  public List<InhabitantFigure> figuresOf(MunicipalityCode municipality) {
    requireNonNull(municipality, "municipality");
    return figures().stream()
        .filter(f -> f.municipality().equals(municipality))
        .sorted(Comparator.comparing(InhabitantFigure::referenceDate).thenComparing(BY_CERTAINTY))
        .collect(Collectors.toList());
  }

  private String nameOf(MunicipalityCode municipality) {
    return figures().stream()
        .filter(f -> f.municipality().equals(municipality))
        .map(InhabitantFigure::municipalityName)
        .findFirst()
        .orElse(municipality.value());
  }

  @Value.Check
  final void check() {
    Set<String> seen = new HashSet<>();
    for (InhabitantFigure f : figures()) {
      if (!seen.add(f.municipality() + "|" + f.referenceDate() + "|" + f.status() + "|"
          + f.knownOn().map(LocalDate::toString).orElse(""))) {
        throw new RegisterConflictException(f);
      }
    }
  }
}
