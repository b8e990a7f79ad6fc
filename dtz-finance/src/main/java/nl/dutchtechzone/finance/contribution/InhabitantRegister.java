package nl.dutchtechzone.finance.contribution;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import org.immutables.value.Value;

/**
 * The inhabitant figures known for municipalities and reference dates, and which of them counts.
 *
 * <p>For a municipality and a reference date the register holds at most one provisional and at
 * most one final figure. {@link #figureFor} answers which counts: the final one if known, else
 * the provisional one; the figure's {@link InhabitantFigure#status()} says which it is.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InhabitantRegister {

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
   *     reference date and status
   * @return the register
   * @throws IllegalArgumentException naming the municipality, date and status of a duplicate
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
   * @throws IllegalArgumentException if the register already holds a figure with the same
   *     municipality, reference date and status
   */
  public InhabitantRegister with(InhabitantFigure figure) {
    requireNonNull(figure, "figure");
    return ImmutableInhabitantRegister.builder().from(this).addFigures(figure).build();
  }

  /**
   * The figure that counts for a municipality on a reference date: the final one if known, else
   * the provisional one.
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
    Optional<InhabitantFigure> fin = figure(municipality, referenceDate, FigureStatus.FINAL);
    if (fin.isPresent()) {
      return fin.get();
    }
    return figure(municipality, referenceDate, FigureStatus.PROVISIONAL)
        .orElseThrow(() -> new MissingInhabitantFigureException(municipality,
            nameOf(municipality), referenceDate));
  }

  /**
   * The figure that counts for a municipal partner on a reference date.
   *
   * @param municipality the partner, not null, a municipality with a CBS code
   * @param referenceDate the reference date, not null
   * @return the final figure if known, else the provisional one
   * @throws IllegalArgumentException if the partner has no CBS code
   * @throws MissingInhabitantFigureException naming the municipality and the date if there is no
   *     figure
   */
  public InhabitantFigure figureFor(Partner municipality, LocalDate referenceDate) {
    requireNonNull(municipality, "municipality");
    requireNonNull(referenceDate, "referenceDate");
    MunicipalityCode code = municipality.cbsCode().orElseThrow(() -> new IllegalArgumentException(
        "partner '" + municipality.id() + "' of kind " + municipality.kind()
            + " has no CBS code; inhabitant figures exist for municipalities only"));
    InhabitantFigure[] byStatus = index().get(new Key(code, referenceDate));
    if (byStatus != null && byStatus[FigureStatus.FINAL.ordinal()] != null) {
      return byStatus[FigureStatus.FINAL.ordinal()];
    }
    if (byStatus != null && byStatus[FigureStatus.PROVISIONAL.ordinal()] != null) {
      return byStatus[FigureStatus.PROVISIONAL.ordinal()];
    }
    throw new MissingInhabitantFigureException(code, municipality.name(), referenceDate);
  }

  /**
   * The figure with a given status for a municipality on a reference date.
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
    InhabitantFigure[] byStatus = index().get(new Key(municipality, referenceDate));
    return byStatus == null ? Optional.empty() : Optional.ofNullable(byStatus[status.ordinal()]);
  }

  /**
   * The figures by municipality and reference date, each an array indexed by {@link
   * FigureStatus#ordinal()} (at most one per status, see {@link #check()}), so that a statement
   * of n payers looks n figures up in O(n) rather than O(n²), one lookup each. Built on first
   * use; not part of equality. The arrays are never modified after the index is built.
   */
  @Value.Lazy
  Map<Key, InhabitantFigure[]> index() {
    Map<Key, InhabitantFigure[]> index = new HashMap<>();
    for (InhabitantFigure f : figures()) {
      InhabitantFigure[] byStatus = index.computeIfAbsent(
          new Key(f.municipality(), f.referenceDate()),
          k -> new InhabitantFigure[FigureStatus.values().length]);
      if (byStatus[f.status().ordinal()] == null) {
        byStatus[f.status().ordinal()] = f;
      }
    }
    return Collections.unmodifiableMap(index);
  }

  /** A municipality on a reference date. */
  record Key(MunicipalityCode municipality, LocalDate referenceDate) {}

  /**
   * Every figure of a municipality, by reference date, provisional before final.
   *
   * @param municipality the CBS code, not null
   * @return the figures, possibly empty
   */
  public List<InhabitantFigure> figuresOf(MunicipalityCode municipality) {
    requireNonNull(municipality, "municipality");
    return figures().stream()
        .filter(f -> f.municipality().equals(municipality))
        .sorted(Comparator.comparing(InhabitantFigure::referenceDate)
            .thenComparing(InhabitantFigure::status))
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
      if (!seen.add(f.municipality() + "|" + f.referenceDate() + "|" + f.status())) {
        throw new IllegalArgumentException("InhabitantRegister.figures must hold at most one "
            + f.status() + " figure per municipality and reference date, but "
            + f.municipalityName() + " (" + f.municipality() + ") on " + f.referenceDate()
            + " occurs more than once");
      }
    }
  }
}
