package nl.dutchtechzone.core.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.Years;
import org.immutables.value.Value;

/**
 * The annual plan (jaarplan) of a programme: its investment themes with their action points,
 * the headings of its infographic, its budget and the in-kind capacity partners offer.
 *
 * <p>Action point ids are unique across the whole plan; every heading an action names exists and
 * stands under that action's theme; the plan's year lies inside its strategic period; a budget,
 * if any, is for the plan's year.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(AnnualPlan)} copies every field of
 *     a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of AnnualPlan sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code programmeId(String)}</td><td>{@link #programmeId()}: The id of the programme
 *     the plan belongs to</td><td>required; an id: letters, digits, '.', '_' or '-', starting with
 *     a letter or digit</td></tr>
 *   <tr><td>{@code year(int)}</td><td>{@link #year()}: The year the plan is for</td><td>required;
 *     a year between 1900 and 2200; must lie inside the programme's strategic period</td></tr>
 *   <tr><td>{@code strategicPeriod(StrategicPeriod)}</td><td>{@link #strategicPeriod()}: The
 *     strategic period the plan is part of</td><td>required</td></tr>
 *   <tr><td>{@code introduction(LocalizedText)}, {@code introduction(Optional)}</td><td>{@link
 *     #introduction()}: The plan's introduction, where it has one</td><td>optional</td></tr>
 *   <tr><td>{@code addThemes(InvestmentTheme)}, {@code addThemes(InvestmentTheme...)}, {@code
 *     addAllThemes(Iterable)}, {@code themes(Iterable)}</td><td>{@link #themes()}: The investment
 *     themes, in the plan's order</td><td>any number; unique ids</td></tr>
 *   <tr><td>{@code addHeadings(PlanHeading)}, {@code addHeadings(PlanHeading...)}, {@code
 *     addAllHeadings(Iterable)}, {@code headings(Iterable)}</td><td>{@link #headings()}: The
 *     headings of the plan's infographic</td><td>any number; unique ids; each action point's theme
 *     must be a theme of the plan</td></tr>
 *   <tr><td>{@code budget(Budget)}, {@code budget(Optional)}</td><td>{@link #budget()}: The
 *     budget, where the plan has one</td><td>optional; must be for the same year</td></tr>
 *   <tr><td>{@code addInKind(InKindCapacity)}, {@code addInKind(InKindCapacity...)}, {@code
 *     addAllInKind(Iterable)}, {@code inKind(Iterable)}</td><td>{@link #inKind()}: The capacity
 *     partners make available free of charge</td><td>any number</td></tr>
 * </table>
 *
 * <p>Across fields: every action's heading must be a heading of the plan and of the action's own
 *     theme.
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnnualPlan {

  AnnualPlan() {}

  /**
   * The id of the programme the plan belongs to.
   *
   * @return the programme id
   */
  public abstract String programmeId();

  /**
   * The year the plan is for.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The strategic period the plan is part of.
   *
   * @return the period, containing {@link #year()}
   */
  public abstract StrategicPeriod strategicPeriod();

  /**
   * The plan's introduction, where it has one.
   *
   * @return the introduction, or empty
   */
  public abstract Optional<LocalizedText> introduction();

  /**
   * The investment themes, in the plan's order.
   *
   * @return the themes, ids unique
   */
  public abstract List<InvestmentTheme> themes();

  /**
   * The headings of the plan's infographic.
   *
   * @return the headings, ids unique
   */
  public abstract List<PlanHeading> headings();

  /**
   * The budget, where the plan has one.
   *
   * @return the budget, or empty
   */
  public abstract Optional<Budget> budget();

  /**
   * The capacity partners make available free of charge.
   *
   * @return the in-kind capacity, possibly empty
   */
  public abstract List<InKindCapacity> inKind();

  /**
   * Every action point of the plan, theme by theme.
   *
   * @return the action points in plan order
   */
  public List<ActionPoint> actions() {
    return themes().stream().flatMap(t -> t.actions().stream()).collect(Collectors.toList());
  }

  /**
   * Looks up an action point.
   *
   * @param actionId the id, not null
   * @return the action, or empty
   */
  public Optional<ActionPoint> action(String actionId) {
    requireNonNull(actionId, "actionId");
    return actions().stream().filter(a -> a.id().equals(actionId)).findFirst();
  }

  /**
   * The theme an action point belongs to.
   *
   * @param actionId the id, not null
   * @return the theme, or empty if the plan has no such action
   */
  public Optional<InvestmentTheme> themeOf(String actionId) {
    requireNonNull(actionId, "actionId");
    return themes().stream()
        .filter(t -> t.actions().stream().anyMatch(a -> a.id().equals(actionId)))
        .findFirst();
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
    Ids.check("AnnualPlan.programmeId", programmeId());
    Years.check("AnnualPlan.year", year());
    checkArgument(strategicPeriod().contains(year()),
        "AnnualPlan.year must lie inside its strategic period %s, got %s",
        strategicPeriod().label(), year());
    Set<String> themeIds = Ids.checkUnique("AnnualPlan.themes", themes(), InvestmentTheme::id);
    Ids.checkUnique("AnnualPlan.actions of " + year(), actions(), ActionPoint::id);
    Set<String> headingIds = Ids.checkUnique("AnnualPlan.headings", headings(), PlanHeading::id);
    for (PlanHeading h : headings()) {
      checkArgument(themeIds.contains(h.themeId()),
          "AnnualPlan.headings['%s'].themeId refers to unknown theme '%s'", h.id(), h.themeId());
    }
    for (InvestmentTheme t : themes()) {
      for (ActionPoint a : t.actions()) {
        for (String h : a.headingIds()) {
          checkArgument(headingIds.contains(h),
              "AnnualPlan action '%s' refers to unknown heading '%s'; known headings: %s",
              a.id(), h, headingIds.stream().sorted().collect(Collectors.toList()));
          String headingTheme = headings().stream()
              .filter(x -> x.id().equals(h)).findFirst().orElseThrow().themeId();
          checkArgument(headingTheme.equals(t.id()),
              "AnnualPlan action '%s' of theme '%s' refers to heading '%s' of theme '%s'",
              a.id(), t.id(), h, headingTheme);
        }
      }
    }
    budget().ifPresent(b -> checkArgument(b.year() == year(),
        "AnnualPlan.budget of plan %s must be for the same year, got %s", year(), b.year()));
  }

  /**
   * Builds {@link AnnualPlan} values; the table "Builder methods" of {@link AnnualPlan} lists what
   * each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableAnnualPlan.Builder {
    Builder() {}
  }
}
