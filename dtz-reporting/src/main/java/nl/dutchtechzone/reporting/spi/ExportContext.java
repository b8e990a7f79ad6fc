package nl.dutchtechzone.reporting.spi;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Optional;
import nl.dutchtechzone.core.CoverLetter;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.Years;
import nl.dutchtechzone.core.language.Languages;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.Settlement;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.reporting.tracking.TrackingReport;
import org.immutables.value.Value;

/**
 * What an exporter is asked to write: the export document of a programme year (the programme
 * and whichever of plan, report, tracking report, contribution statement and validation result
 * are at hand), the language to write it in, and options.
 *
 * <p>Only the programme and the year are required; every other part of the document is
 * optional, and an exporter writes the parts that are present. The plan and the report need not
 * be for the same year: an annual plan for year N usually travels with the annual report for
 * year N - 1 (the 2023 plan with the 2022 report, say).
 *
 * <p>The context is built with {@link #builder()} only, so that parts can be added in later
 * versions without breaking code that builds or reads it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExportContext {

  /** The Dutch locale ({@code nl}), the default language of exports: {@link Languages#DUTCH}. */
  public static final Locale DUTCH = Languages.DUTCH;

  /** The English locale ({@code en}), the fallback: {@link Languages#ENGLISH}. */
  public static final Locale ENGLISH = Languages.ENGLISH;

  ExportContext() {}

  /**
   * The programme the document is about.
   *
   * @return the programme
   */
  public abstract Programme programme();

  /**
   * The year the export is filed under, used in file names and titles.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The annual plan, if the document includes one.
   *
   * @return the plan, or empty
   */
  public abstract Optional<AnnualPlan> plan();

  /**
   * The annual report, if the document includes one.
   *
   * @return the report, or empty
   */
  public abstract Optional<AnnualReport> report();

  /**
   * The plans of the document tracked against its reports, if tracking was done.
   *
   * @return the tracking report, or empty
   */
  public abstract Optional<TrackingReport> tracking();

  /**
   * What each paying municipality owes for a year, if the document includes it.
   *
   * @return the contribution statement, or empty
   */
  public abstract Optional<ContributionStatement> contributions();

  /**
   * The settlement of a year's contributions, if the document includes one: per municipality
   * the amount of the estimate, the amount of the final statement (or of a later estimate) and
   * the difference still to pay or to get back (see {@link Settlement}).
   *
   * <p>Added in 0.1 next to {@link #contributions()}, and optional like every part: a context
   * built without it is built as before, and an exporter that does not read it writes what it
   * wrote before. Where the context also holds contributions, the settlement is of their year.
   *
   * @return the settlement, or empty
   */
  public abstract Optional<Settlement> settlement();

  /**
   * The findings of validating the document's money, if it was validated.
   *
   * @return the validation result, or empty
   */
  public abstract Optional<ValidationResult> validation();

  /**
   * The letter that sends the document, if any.
   *
   * @return the cover letter, or empty
   */
  public abstract Optional<CoverLetter> coverLetter();

  /**
   * The language to write in. Any locale with a language is accepted; which texts it gets is
   * the one language rule of dtz, {@link Languages} (a plugin calls it too: {@link
   * Languages#bundle} for its own bundles, {@link Languages#choose} for texts per language): the
   * human-readable formats take their words from the bundles of that language and fall back to
   * English, key by key, where a bundle lacks one (a language without any bundle is written in
   * English); the data's own texts, which exist in Dutch and mostly in English, are Dutch for
   * Dutch and English for every other language. Numbers follow the notation the language's bundle gives, English
   * where it gives none. Machine formats keep ids and codes and carry the locale's language
   * tag. See {@code docs/exporters.md}, "Texts and languages".
   *
   * @return {@link #DUTCH} unless set; a locale with a language
   */
  @Value.Default
  public Locale locale() {
    return DUTCH;
  }

  /**
   * The options for the exporter.
   *
   * @return the options, empty unless set
   */
  @Value.Default
  public ExportOptions options() {
    return ExportOptions.empty();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Years.check("ExportContext.year", year());
    checkArgument(!locale().getLanguage().isEmpty(),
        "ExportContext.locale must name a language, such as nl, en or de, got '%s'",
        locale().toLanguageTag());
    String programmeId = programme().id();
    plan().ifPresent(p -> checkArgument(p.programmeId().equals(programmeId),
        "ExportContext.plan must belong to programme '%s', got a plan of '%s'",
        programmeId, p.programmeId()));
    report().ifPresent(r -> checkArgument(r.programmeId().equals(programmeId),
        "ExportContext.report must belong to programme '%s', got a report of '%s'",
        programmeId, r.programmeId()));
    contributions().ifPresent(c -> checkArgument(c.programmeId().equals(programmeId),
        "ExportContext.contributions must belong to programme '%s', got a statement of '%s'",
        programmeId, c.programmeId()));
    settlement().ifPresent(st -> checkArgument(st.programmeId().equals(programmeId),
        "ExportContext.settlement must belong to programme '%s', got a settlement of '%s'",
        programmeId, st.programmeId()));
    settlement().ifPresent(st -> contributions().ifPresent(c -> checkArgument(
        st.year() == c.year(),
        "ExportContext.settlement must be of the contributions' year %s, got a settlement of %s",
        c.year(), st.year())));
    tracking().ifPresent(t -> checkArgument(t.programmeId().equals(programmeId),
        "ExportContext.tracking must belong to programme '%s', got tracking of '%s'",
        programmeId, t.programmeId()));
  }

  /** Builds {@link ExportContext} values; the programme and the year are required. */
  public static final class Builder extends ImmutableExportContext.Builder {
    Builder() {}
  }
}
