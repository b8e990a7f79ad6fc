package nl.dutchtechzone.finance.contribution;

import static java.util.Objects.requireNonNull;

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
   * Why this figure counts, in one English sentence for logs; the same as {@code
   * reason(Locale.ENGLISH)}.
   *
   * @return for example {@code final figure 107030 counts (CBS 03759ned, ...): the most certain
   *     status; supersedes provisional 107024 (...)}
   */
  public String reason() {
    return reason(Locale.ENGLISH);
  }

  /**
   * Why this figure counts, in one sentence in a language: from the contribution message bundle
   * of the locale's language where there is one (Dutch for {@code nl}), English otherwise and for
   * any key that bundle lacks; never the default locale's.
   *
   * @param locale the language, not null
   * @return for example {@code definitief inwonertal 107030 telt (...): de zekerste status}
   */
  public String reason(Locale locale) {
    requireNonNull(locale, "locale");
    InhabitantFigure f = figure();
    String why = ContributionTexts.render(locale, "choice." + f.status().name());
    if (knownAt().isPresent()) {
      why = ContributionTexts.render(locale, "choice.on", why, knownAt().get());
    }
    if (!f.knownOn().isPresent()) {
      why = ContributionTexts.render(locale, "choice.undated", why);
    }
    if (!superseded().isEmpty()) {
      why = ContributionTexts.render(locale, "choice.supersedes", why,
          describe(superseded(), locale));
    }
    if (!notYetKnown().isEmpty()) {
      why = ContributionTexts.render(locale, "choice.notYetKnown", why,
          describe(notYetKnown(), locale));
    }
    return ContributionTexts.render(locale, "choice", f.status(), f.inhabitants(),
        f.source(locale), why);
  }

  private static String describe(List<InhabitantFigure> figures, Locale locale) {
    return figures.stream()
        .map(o -> ContributionTexts.render(locale, "choice.other", o.status(), o.inhabitants(),
            o.knownOn().map(d -> ContributionTexts.render(locale, "choice.retrieved", d))
                .orElse(o.source(locale))))
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
