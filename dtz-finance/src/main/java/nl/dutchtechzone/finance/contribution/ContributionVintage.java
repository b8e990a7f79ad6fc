package nl.dutchtechzone.finance.contribution;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One vintage of a year's contribution statement: the statement as the inhabitant figures stood
 * when a new figure became known (a new status, or a new CBS download).
 *
 * <p>Part of a {@link ContributionHistory}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContributionVintage {

  ContributionVintage() {}

  /**
   * The retrieval date of the newest figure in this vintage.
   *
   * @return the date, or empty if every figure in it was typed in by hand (no retrieval date)
   */
  public abstract Optional<LocalDate> knownOn();

  /**
   * The status of the newest figure in this vintage: the vintage is the register as known at
   * {@link #knownOn()} and this status.
   *
   * @return the status
   */
  public abstract FigureStatus status();

  /**
   * The statement of the year on the figures of this vintage.
   *
   * @return the statement
   */
  public abstract ContributionStatement statement();

  /**
   * A short English label, such as {@code provisional} or {@code final, retrieved 2023-07-01}.
   *
   * @return the label
   */
  public String label() {
    return FigureChoice.label(status()) + knownOn().map(d -> ", retrieved " + d).orElse("");
  }

  static ContributionVintage of(Optional<LocalDate> knownOn, FigureStatus status,
      ContributionStatement statement) {
    return ImmutableContributionVintage.builder().knownOn(knownOn).status(status)
        .statement(statement).build();
  }
}
