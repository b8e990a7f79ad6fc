package nl.dutchtechzone.finance.contribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Which inhabitant figure counts for a municipality on a reference date, and why: the figure
 * chosen, the other figures known then (less certain, or of the same status but retrieved
 * earlier) and, for a choice as known on a day, the figures retrieved later.
 *
 * <p>Made by {@link InhabitantRegister#explain}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FigureChoice {

  FigureChoice() {}

  /**
   * The figure that counts.
   *
   * @return the figure
   */
  public abstract InhabitantFigure figure();

  /**
   * The other figures known for the municipality and date, least certain first; the chosen
   * figure supersedes them.
   *
   * @return the superseded figures, possibly empty
   */
  public abstract List<InhabitantFigure> superseded();

  /**
   * The figures retrieved after {@link #knownAt()}, least certain first.
   *
   * @return the figures not yet known, empty for a choice not tied to a day
   */
  public abstract List<InhabitantFigure> notYetKnown();

  /**
   * The day the choice was made for.
   *
   * @return the day, or empty for a choice on everything the register holds
   */
  public abstract Optional<LocalDate> knownAt();

  /**
   * Why this figure counts, in one English sentence for logs and the walk-through.
   *
   * @return for example {@code final figure 107,030 counts (CBS 03759ned, ...): the most certain
   *     status known; supersedes provisional 107,024 (...)}
   */
  public String reason() {
    InhabitantFigure f = figure();
    StringBuilder sb = new StringBuilder();
    sb.append(label(f.status())).append(" figure ").append(f.inhabitants()).append(" counts (")
        .append(f.source()).append("): ");
    if (f.isFinal()) {
      sb.append("the most certain status");
    } else if (f.status() == FigureStatus.REVISED_PROVISIONAL) {
      sb.append("no final figure is known");
    } else {
      sb.append("no revised provisional or final figure is known");
    }
    knownAt().ifPresent(d -> sb.append(" on ").append(d));
    if (!f.knownOn().isPresent()) {
      sb.append("; it has no retrieval date and counts as known from the start");
    }
    if (!superseded().isEmpty()) {
      sb.append("; supersedes ").append(describe(superseded()));
    }
    if (!notYetKnown().isEmpty()) {
      sb.append("; not yet known then: ").append(describe(notYetKnown()));
    }
    return sb.toString();
  }

  private static String describe(List<InhabitantFigure> figures) {
    return figures.stream()
        .map(o -> label(o.status()) + " " + o.inhabitants() + " ("
            + o.knownOn().map(d -> "retrieved " + d).orElse(o.source()) + ")")
        .collect(Collectors.joining(", "));
  }

  static String label(FigureStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static FigureChoice of(InhabitantFigure figure, List<InhabitantFigure> superseded,
      List<InhabitantFigure> notYetKnown, Optional<LocalDate> knownAt) {
    return ImmutableFigureChoice.builder().figure(figure).superseded(superseded)
        .notYetKnown(notYetKnown).knownAt(knownAt).build();
  }
}
