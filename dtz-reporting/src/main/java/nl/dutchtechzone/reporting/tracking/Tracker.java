package nl.dutchtechzone.reporting.tracking;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.Indicator;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.core.money.Quantity;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.plan.PlanHeading;
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.Aim;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.ReportItem;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.reporting.tracking.TrackingException.Part;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks annual plans against annual reports and makes the {@link TrackingReport}.
 *
 * <p>What it does, in order:
 *
 * <ol>
 *   <li><b>Links.</b> Every id a report item names in {@code actionIds()} must be an action of
 *       the plan of the same year, and every extra {@link Link} must name an existing action and
 *       report item of its year; otherwise tracking fails with an {@link
 *       IllegalArgumentException} naming the id. The same holds for the actions that {@link
 *       StatusAssessment}s name, the indicators that targets and indicator values name, the cost
 *       categories of budget and statement lines, and the year and category of every {@link
 *       VarianceExplanation}.
 *   <li><b>Actions.</b> Each action gets its evidence (the linked items), its target against
 *       the actual (see {@link TargetResult}), the actions before and after it on its line of
 *       work, and a status by the rules at {@link ActionStatus}.
 *   <li><b>Counts</b> per theme, per infographic heading and per plan ({@link StatusCounts}).
 *   <li><b>Budget against actual</b> per year and cost category ({@link BudgetVariance}): the
 *       in-scope spending lines of the plan's budget against the spending lines of the report's
 *       financial statement.
 *   <li><b>Gaps</b> ({@link GapKind}): actions without evidence (dropped ones excepted), report
 *       items linked to no action and not serving as a target's actual, targets without actual,
 *       indicators reported that no action of the year targeted.
 *   <li><b>Lines of work</b> from {@code ActionPoint.lineOfWork()} and {@code
 *       Activity.lineOfWork()}, and the <b>roll-up</b> over the programme's strategic period.
 * </ol>
 *
 * <p>Time and memory grow linearly with the number of actions, report items and links (hash
 * indexes throughout; only the output lists are sorted).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Tracker {

  private static final Logger LOG = LoggerFactory.getLogger(Tracker.class);

  private Tracker() {}

  /**
   * Tracks the plans of the input against its reports.
   *
   * @param input the programme, plans, reports and what the caller adds, not null
   * @return the tracking report
   * @throws TrackingException if a link, assessment, target, indicator value, budget or
   *     statement line or explanation names an id that does not exist (the message names it)
   */
  public static TrackingReport track(TrackingInput input) {
    requireNonNull(input, "input");
    TrackingReport report = new Run(input).run();
    LOG.debug("tracked programme '{}': {} plans, {} reports, {} gaps",
        report.programmeId(), report.plans().size(), report.reports().size(),
        report.gaps().size());
    return report;
  }

  /**
   * Decides the status of an action, by the rules at {@link ActionStatus}.
   *
   * @param assessed the caller's assessment, or null
   * @param hasEvidence whether report items are linked to the action
   * @param continuedLater whether the action's line of work continues in a later plan
   * @param targetMet whether the action has a target that the actual meets
   * @param reported whether the input has a report for the action's year
   * @return the status
   */
  static ActionStatus decide(@Nullable ActionStatus assessed, boolean hasEvidence, boolean continuedLater,
      boolean targetMet, boolean reported) {
    if (assessed == ActionStatus.DROPPED) {
      return ActionStatus.DROPPED;
    }
    if (assessed == ActionStatus.DONE) {
      return hasEvidence ? ActionStatus.DONE : ActionStatus.NO_EVIDENCE;
    }
    if (continuedLater) {
      return ActionStatus.CARRIED_OVER;
    }
    if (assessed == ActionStatus.IN_PROGRESS) {
      return hasEvidence ? ActionStatus.IN_PROGRESS : ActionStatus.NO_EVIDENCE;
    }
    if (assessed == ActionStatus.NOT_STARTED) {
      return hasEvidence ? ActionStatus.IN_PROGRESS : ActionStatus.NOT_STARTED;
    }
    if (hasEvidence) {
      return targetMet ? ActionStatus.DONE : ActionStatus.IN_PROGRESS;
    }
    return reported ? ActionStatus.NO_EVIDENCE : ActionStatus.NOT_STARTED;
  }

  /** One tracking run: the indexes over the input and the steps that use them. */
  private static final class Run {
    private final TrackingInput input;
    private final Programme programme;
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final Map<String, CostCategory> categories = new LinkedHashMap<>();
    private final TreeMap<Integer, AnnualPlan> plans = new TreeMap<>();
    private final TreeMap<Integer, AnnualReport> reports = new TreeMap<>();
    /** Per plan year, per action id: the action's slot, which collects its evidence. */
    private final Map<Integer, Map<String, Slot>> actions = new HashMap<>();
    private final Map<Integer, List<ReportItem>> items = new HashMap<>();
    private final Map<Integer, boolean[]> linkedItems = new HashMap<>();
    private final Map<Integer, Map<String, StatusAssessment>> assessments = new HashMap<>();
    private final Map<Integer, Map<String, BigDecimal>> actuals = new HashMap<>();
    private final Map<Integer, Map<String, List<String>>> valueItems = new HashMap<>();
    private final Map<Integer, Set<String>> targeted = new HashMap<>();
    private final Map<String, TreeMap<Integer, ActionPoint>> planLines = new HashMap<>();
    private final Map<Integer, Map<String, Money>> actualSpending = new HashMap<>();
    private final List<Gap> gaps = new ArrayList<>();

    Run(TrackingInput input) {
      this.input = input;
      this.programme = input.programme();
      programme.indicators().forEach(i -> indicators.put(i.id(), i));
      programme.costCategories().forEach(c -> categories.put(c.id(), c));
      input.plans().forEach(p -> plans.put(p.year(), p));
      input.reports().forEach(r -> reports.put(r.year(), r));
    }

    TrackingReport run() {
      indexPlans();
      indexReports();
      indexLinks();
      indexAssessments();
      List<PlanTracking> planTrackings = new ArrayList<>();
      for (AnnualPlan plan : plans.values()) {
        planTrackings.add(trackPlan(plan));
      }
      List<ReportTracking> reportTrackings = new ArrayList<>();
      for (AnnualReport report : reports.values()) {
        reportTrackings.add(trackReport(report));
      }
      List<BudgetVariance> budget = budget();
      gaps.sort(Comparator.comparingInt(Gap::year).thenComparing(Gap::kind)
          .thenComparing(Gap::subjectId));
      return TrackingReport.builder()
          .programmeId(programme.id())
          .plans(planTrackings)
          .reports(reportTrackings)
          .budget(budget)
          .gaps(gaps)
          .linesOfWork(linesOfWork(planTrackings))
          .rollUp(rollUp())
          .build();
    }

    private void indexPlans() {
      for (AnnualPlan plan : plans.values()) {
        int year = plan.year();
        Map<String, Slot> byId = new HashMap<>();
        Set<String> indicatorIds = new HashSet<>();
        for (InvestmentTheme theme : plan.themes()) {
          for (ActionPoint a : theme.actions()) {
            byId.put(a.id(), new Slot());
            a.lineOfWork().ifPresent(l -> planLines.computeIfAbsent(l, k -> new TreeMap<>())
                .putIfAbsent(year, a));
            if (a.target().isPresent()) {
              String indicatorId = a.target().get().indicatorId();
              requireIndicator(indicatorId, new Part("where.target", year, a.id()));
              indicatorIds.add(indicatorId);
            }
          }
        }
        actions.put(year, byId);
        targeted.put(year, indicatorIds);
      }
    }

    private void indexReports() {
      for (AnnualReport report : reports.values()) {
        int year = report.year();
        items.put(year, report.items());
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, List<String>> valueIds = new LinkedHashMap<>();
        for (IndicatorValue v : report.indicatorValues()) {
          Indicator indicator = requireIndicator(v.indicatorId(),
              new Part("where.indicatorValue", year, v.id()));
          if (indicator.cumulative()) {
            values.put(v.indicatorId(), v.value());
          } else {
            values.merge(v.indicatorId(), v.value(), BigDecimal::add);
          }
          valueIds.computeIfAbsent(v.indicatorId(), k -> new ArrayList<>()).add(v.id());
        }
        actuals.put(year, values);
        valueItems.put(year, valueIds);
      }
    }

    /**
     * Resolves every link and collects each action's evidence in report order: the caller's
     * links first by item position, then one pass over the items in order.
     */
    private void indexLinks() {
      Map<Integer, Map<Integer, Set<String>>> extra = explicitLinksByPosition();
      for (AnnualReport report : reports.values()) {
        int year = report.year();
        List<ReportItem> yearItems = items.get(year);
        boolean[] linked = new boolean[yearItems.size()];
        Map<String, Slot> yearActions = actions.get(year);
        Map<Integer, Set<String>> yearExtra = extra.getOrDefault(year, Map.of());
        for (int i = 0; i < linked.length; i++) {
          ReportItem item = yearItems.get(i);
          for (String actionId : item.actionIds()) {
            Slot slot = yearActions == null ? null : yearActions.get(actionId);
            if (slot == null) {
              throw unknownAction(year, actionId, new Part("where.reportItem", year, item.id()));
            }
            slot.add(item);
            linked[i] = true;
          }
          Set<String> more = yearExtra.get(i);
          if (more != null) {
            for (String actionId : more) {
              if (!item.actionIds().contains(actionId)) {
                yearActions.get(actionId).add(item);
                linked[i] = true;
              }
            }
          }
        }
        linkedItems.put(year, linked);
      }
    }

    /** Checks the caller's links; returns, per year and item position, the actions linked. */
    private Map<Integer, Map<Integer, Set<String>>> explicitLinksByPosition() {
      Map<Integer, Map<Integer, Set<String>>> extra = new HashMap<>();
      Map<Integer, Map<String, Integer>> positions = new HashMap<>();
      for (Link link : input.links()) {
        int year = link.year();
        List<ReportItem> yearItems = items.get(year);
        if (yearItems == null) {
          throw new TrackingException("link.noReport", link.actionId(), link.itemId(), year,
              year, reports.keySet());
        }
        Integer position = positions.computeIfAbsent(year, y -> {
          Map<String, Integer> byId = new HashMap<>();
          for (int i = 0; i < yearItems.size(); i++) {
            byId.put(yearItems.get(i).id(), i);
          }
          return byId;
        }).get(link.itemId());
        if (position == null) {
          throw new TrackingException("link.unknownItem", link.actionId(), link.itemId(),
              year);
        }
        Map<String, Slot> yearActions = actions.get(year);
        if (yearActions == null || !yearActions.containsKey(link.actionId())) {
          throw unknownAction(year, link.actionId(),
              new Part("where.link", year, link.itemId()));
        }
        extra.computeIfAbsent(year, y -> new HashMap<>())
            .computeIfAbsent(position, p -> new LinkedHashSet<>()).add(link.actionId());
      }
      return extra;
    }

    private TrackingException unknownAction(int year, String actionId, Part where) {
      if (!actions.containsKey(year)) {
        return new TrackingException("action.noPlan", where, actionId, year, year,
            plans.keySet());
      }
      return new TrackingException("action.unknown", where, actionId, year);
    }

    private void indexAssessments() {
      for (StatusAssessment a : input.assessments()) {
        Map<String, Slot> yearActions = actions.get(a.year());
        if (yearActions == null || !yearActions.containsKey(a.actionId())) {
          throw unknownAction(a.year(), a.actionId(), new Part("where.assessment"));
        }
        assessments.computeIfAbsent(a.year(), y -> new HashMap<>()).put(a.actionId(), a);
      }
    }

    private Indicator requireIndicator(String indicatorId, Part where) {
      Indicator indicator = indicators.get(indicatorId);
      if (indicator == null) {
        throw new TrackingException("indicator.unknown", where, indicatorId, programme.id(),
            new TreeSet<>(indicators.keySet()));
      }
      return indicator;
    }

    private CostCategory requireCategory(String categoryId, Part where) {
      CostCategory category = categories.get(categoryId);
      if (category == null) {
        throw new TrackingException("category.unknown", where, categoryId, programme.id(),
            new TreeSet<>(categories.keySet()));
      }
      return category;
    }

    private PlanTracking trackPlan(AnnualPlan plan) {
      int year = plan.year();
      boolean reported = reports.containsKey(year);
      Map<String, Slot> yearActions = actions.get(year);
      Map<String, StatusAssessment> yearAssessments = assessments.getOrDefault(year, Map.of());
      Map<String, BigDecimal> yearActuals = actuals.getOrDefault(year, Map.of());
      List<TrackedAction> all = new ArrayList<>();
      List<ThemeSummary> themes = new ArrayList<>();
      for (InvestmentTheme theme : plan.themes()) {
        List<TrackedAction> ofTheme = new ArrayList<>(theme.actions().size());
        for (ActionPoint a : theme.actions()) {
          List<Evidence> found = yearActions.get(a.id()).evidence();
          Optional<TargetResult> target = a.target().map(t -> targetResult(t, yearActuals));
          Optional<ActionRef> continues = Optional.empty();
          Optional<ActionRef> continuedIn = Optional.empty();
          if (a.lineOfWork().isPresent()) {
            TreeMap<Integer, ActionPoint> line = planLines.get(a.lineOfWork().get());
            continues = Optional.ofNullable(line.lowerEntry(year))
                .map(e -> ActionRef.of(e.getKey(), e.getValue().id()));
            continuedIn = Optional.ofNullable(line.higherEntry(year))
                .map(e -> ActionRef.of(e.getKey(), e.getValue().id()));
          }
          Optional<StatusAssessment> assessment =
              Optional.ofNullable(yearAssessments.get(a.id()));
          ActionStatus status = decide(
              assessment.map(StatusAssessment::status).orElse(null),
              !found.isEmpty(),
              continuedIn.isPresent(),
              target.flatMap(TargetResult::met).orElse(false),
              reported);
          TrackedAction tracked = TrackedAction.builder()
              .year(year)
              .actionId(a.id())
              .themeId(theme.id())
              .headingIds(a.headingIds())
              .text(a.text())
              .lineOfWork(a.lineOfWork())
              .status(status)
              .assessment(assessment)
              .evidence(found)
              .target(target)
              .continues(continues)
              .continuedIn(continuedIn)
              .build();
          ofTheme.add(tracked);
          actionGaps(tracked, reported);
        }
        themes.add(ThemeSummary.of(theme.id(), theme.title(), StatusCounts.of(ofTheme)));
        all.addAll(ofTheme);
      }
      Map<String, List<TrackedAction>> underHeading = new HashMap<>();
      for (TrackedAction a : all) {
        for (String h : a.headingIds()) {
          underHeading.computeIfAbsent(h, k -> new ArrayList<>()).add(a);
        }
      }
      List<HeadingSummary> headings = new ArrayList<>();
      for (PlanHeading h : plan.headings()) {
        headings.add(HeadingSummary.of(h.id(), h.themeId(), h.text(),
            StatusCounts.of(underHeading.getOrDefault(h.id(), List.of()))));
      }
      return PlanTracking.builder()
          .year(year)
          .reported(reported)
          .actions(all)
          .themes(themes)
          .headings(headings)
          .counts(StatusCounts.of(all))
          .build();
    }

    private TargetResult targetResult(Target t, Map<String, BigDecimal> yearActuals) {
      Indicator indicator = indicators.get(t.indicatorId());
      return TargetResult.builder()
          .indicatorId(t.indicatorId())
          .unit(t.unit())
          .target(t.value())
          .actual(Optional.ofNullable(yearActuals.get(t.indicatorId())))
          .direction(indicator.direction())
          .cumulative(indicator.cumulative())
          .build();
    }

    private void actionGaps(TrackedAction a, boolean reported) {
      int year = a.year();
      if (!a.hasEvidence() && a.status() != ActionStatus.DROPPED) {
        gaps.add(Gap.of(GapKind.ACTION_WITHOUT_EVIDENCE, year, a.actionId(),
            "action '" + a.actionId() + "' of the plan for " + year + " (" + a.status()
                + ") has no linked report item"
                + (reported ? "" : "; the input has no report for " + year)));
      }
      if (a.target().isPresent() && a.target().get().actual().isEmpty()) {
        TargetResult t = a.target().get();
        gaps.add(Gap.of(GapKind.TARGET_WITHOUT_ACTUAL, year, a.actionId(),
            "action '" + a.actionId() + "' of the plan for " + year + " targets "
                + t.target().toPlainString() + " " + t.unit() + " of indicator '"
                + t.indicatorId() + "', but "
                + (reported ? "the report for " + year + " gives no value for it"
                    : "the input has no report for " + year)));
      }
    }

    private ReportTracking trackReport(AnnualReport report) {
      int year = report.year();
      boolean planned = plans.containsKey(year);
      boolean[] linked = linkedItems.get(year);
      Set<String> yearTargeted = targeted.getOrDefault(year, Set.of());
      Map<String, List<String>> yearValueItems = valueItems.get(year);
      Set<String> actualsOfTargets = new HashSet<>();
      for (String indicatorId : yearTargeted) {
        actualsOfTargets.addAll(yearValueItems.getOrDefault(indicatorId, List.of()));
      }
      List<ReportItem> yearItems = items.get(year);
      int linkedCount = 0;
      for (int i = 0; i < linked.length; i++) {
        ReportItem item = yearItems.get(i);
        if (linked[i]) {
          linkedCount++;
        } else if (!actualsOfTargets.contains(item.id())) {
          gaps.add(Gap.of(GapKind.UNLINKED_REPORT_ITEM, year, item.id(),
              "report item '" + item.id() + "' (" + item.kind() + ") of the report for " + year
                  + " is linked to no action"
                  + (planned ? "" : "; the input has no plan for " + year)));
        }
      }
      for (Map.Entry<String, BigDecimal> e : actuals.get(year).entrySet()) {
        if (!yearTargeted.contains(e.getKey())) {
          gaps.add(Gap.of(GapKind.ACTUAL_NOT_TARGETED, year, e.getKey(),
              "the report for " + year + " gives " + e.getValue().toPlainString()
                  + " for indicator '" + e.getKey() + "' (items " + yearValueItems.get(e.getKey())
                  + "), which "
                  + (planned ? "no action of the plan for " + year + " targets"
                      : "no plan targets: the input has no plan for " + year)));
        }
      }
      Map<String, List<String>> byAim = new LinkedHashMap<>();
      for (Aim aim : report.aims()) {
        byAim.put(aim.id(), new ArrayList<>());
      }
      for (Activity activity : report.activities()) {
        for (String aimId : activity.aimIds()) {
          byAim.get(aimId).add(activity.id());
        }
      }
      List<AimCoverage> aims = new ArrayList<>();
      for (Aim aim : report.aims()) {
        aims.add(AimCoverage.of(aim.id(), aim.text(), byAim.get(aim.id())));
      }
      return ReportTracking.builder()
          .year(year)
          .planned(planned)
          .itemCount(yearItems.size())
          .linkedItemCount(linkedCount)
          .aims(aims)
          .build();
    }

    private List<BudgetVariance> budget() {
      Map<String, VarianceExplanation> explanations = new HashMap<>();
      for (VarianceExplanation e : input.explanations()) {
        explanations.put(e.year() + "/" + e.categoryId(), e);
      }
      TreeSet<Integer> years = new TreeSet<>();
      plans.values().stream().filter(p -> p.budget().isPresent()).forEach(p -> years.add(p.year()));
      reports.values().stream().filter(r -> r.statement().isPresent())
          .forEach(r -> years.add(r.year()));
      List<BudgetVariance> rows = new ArrayList<>();
      Set<String> used = new HashSet<>();
      for (int year : years) {
        Map<String, Money> planned = new HashMap<>();
        Map<String, Money> current = new HashMap<>();
        Set<String> amended = new HashSet<>();
        AnnualPlan plan = plans.get(year);
        if (plan != null && plan.budget().isPresent()) {
          for (BudgetLine line : plan.budget().get().spendingLines()) {
            requireCategory(line.categoryId(), new Part("where.budgetLine", year, line.id()));
            addTo(planned, line.categoryId(), line.planned(),
                () -> Quantity.of(Tracker.class, "planned.category", line.categoryId(), year));
            addTo(current, line.categoryId(), line.current(),
                () -> Quantity.of(Tracker.class, "current.category", line.categoryId(), year));
            if (line.amended().isPresent()) {
              amended.add(line.categoryId());
            }
          }
        }
        Map<String, Money> actual = null;
        AnnualReport report = reports.get(year);
        if (report != null && report.statement().isPresent()) {
          actual = statementSpending(report.statement().get());
          actualSpending.put(year, actual);
        }
        for (CostCategory category : categories.values()) {
          String id = category.id();
          boolean budgeted = planned.containsKey(id);
          boolean spent = actual != null && actual.containsKey(id);
          if (!budgeted && !spent) {
            continue;
          }
          String key = year + "/" + id;
          used.add(key);
          rows.add(BudgetVariance.builder()
              .year(year)
              .categoryId(id)
              .categoryName(category.name())
              .planned(Optional.ofNullable(planned.get(id)))
              .amended(amended.contains(id) ? Optional.of(current.get(id)) : Optional.empty())
              .actual(actual == null ? Optional.empty()
                  : Optional.of(actual.getOrDefault(id, Money.ZERO)))
              .explanation(Optional.ofNullable(explanations.get(key))
                  .map(VarianceExplanation::text))
              .build());
        }
      }
      for (VarianceExplanation e : input.explanations()) {
        if (!used.contains(e.year() + "/" + e.categoryId())) {
          throw new TrackingException("explanation.unused", e.categoryId(), e.year());
        }
      }
      return rows;
    }

    private Map<String, Money> statementSpending(FinancialStatement statement) {
      Map<String, Money> spent = new HashMap<>();
      for (StatementLine line : statement.spending()) {
        Part where = new Part("where.statementLine", statement.year(), line.id());
        String categoryId = line.categoryId().orElseThrow(() -> new TrackingException(
            "category.missing", where, new TreeSet<>(categories.keySet())));
        requireCategory(categoryId, where);
        addTo(spent, categoryId, line.amount(),
            () -> Quantity.of(Tracker.class, "spending.category", categoryId, statement.year()));
      }
      return spent;
    }

    /**
     * Adds an amount to the sum kept for a key, exactly; what the sum is is named only if it
     * leaves Money's range (this runs once per budget and statement line).
     *
     * @throws MoneyOverflowException naming the quantity if the sum leaves Money's range
     */
    private static void addTo(Map<String, Money> sums, String key, Money amount,
        Supplier<Quantity> quantity) {
      Money before = sums.get(key);
      if (before == null) {
        sums.put(key, amount);
        return;
      }
      try {
        sums.put(key, before.plus(amount));
      } catch (MoneyOverflowException e) {
        throw new MoneyOverflowException(quantity.get());
      }
    }

    private List<LineOfWork> linesOfWork(List<PlanTracking> planTrackings) {
      Map<String, List<LineOfWorkEntry>> lines = new TreeMap<>();
      for (PlanTracking plan : planTrackings) {
        for (TrackedAction a : plan.actions()) {
          a.lineOfWork().ifPresent(l -> lines.computeIfAbsent(l, k -> new ArrayList<>())
              .add(LineOfWorkEntry.builder().year(a.year())
                  .source(LineOfWorkEntry.Source.PLANNED_ACTION).id(a.actionId())
                  .text(a.text()).status(a.status()).build()));
        }
      }
      for (AnnualReport report : reports.values()) {
        for (Activity activity : report.activities()) {
          activity.lineOfWork().ifPresent(l -> lines.computeIfAbsent(l, k -> new ArrayList<>())
              .add(LineOfWorkEntry.builder().year(report.year())
                  .source(LineOfWorkEntry.Source.REPORTED_ACTIVITY).id(activity.id())
                  .text(activity.title()).build()));
        }
      }
      List<LineOfWork> result = new ArrayList<>();
      for (Map.Entry<String, List<LineOfWorkEntry>> e : lines.entrySet()) {
        List<LineOfWorkEntry> entries = e.getValue();
        entries.sort(Comparator.comparingInt(LineOfWorkEntry::year)
            .thenComparing(LineOfWorkEntry::source)
            .thenComparing(LineOfWorkEntry::id));
        result.add(LineOfWork.of(e.getKey(), entries));
      }
      return result;
    }

    private PeriodRollUp rollUp() {
      StrategicPeriod period = programme.strategicPeriod();
      List<Integer> planned = plans.keySet().stream().filter(period::contains)
          .collect(Collectors.toList());
      List<Integer> reported = reports.keySet().stream().filter(period::contains)
          .collect(Collectors.toList());
      TreeSet<Integer> present = new TreeSet<>(planned);
      present.addAll(reported);
      List<Integer> missing = period.years().stream().filter(y -> !present.contains(y))
          .collect(Collectors.toList());
      List<CategorySpending> spending = new ArrayList<>();
      for (String categoryId : categories.keySet()) {
        for (int year : reported) {
          Map<String, Money> spent = actualSpending.get(year);
          if (spent != null && spent.containsKey(categoryId)) {
            spending.add(CategorySpending.of(categoryId, year, spent.get(categoryId)));
          }
        }
      }
      List<IndicatorSeries> series = new ArrayList<>();
      for (Indicator indicator : indicators.values()) {
        List<IndicatorPoint> points = new ArrayList<>();
        for (int year : reported) {
          BigDecimal value = actuals.get(year).get(indicator.id());
          if (value != null) {
            points.add(IndicatorPoint.of(year, value));
          }
        }
        if (!points.isEmpty()) {
          series.add(IndicatorSeries.builder()
              .indicatorId(indicator.id())
              .name(indicator.name())
              .unit(indicator.unit())
              .cumulative(indicator.cumulative())
              .points(points)
              .build());
        }
      }
      return PeriodRollUp.builder()
          .period(period)
          .yearsPresent(new ArrayList<>(present))
          .yearsPlanned(planned)
          .yearsReported(reported)
          .yearsMissing(missing)
          .spending(spending)
          .indicatorSeries(series)
          .build();
    }

    /** The evidence of one action while it is collected, in report order. */
    private static final class Slot {
      private final List<Evidence> evidence = new ArrayList<>(4);

      void add(ReportItem item) {
        evidence.add(Evidence.of(item.id(), item.kind(), item.title()));
      }

      List<Evidence> evidence() {
        return evidence;
      }
    }
  }
}
