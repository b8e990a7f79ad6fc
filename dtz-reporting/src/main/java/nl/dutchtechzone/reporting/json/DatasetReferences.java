package nl.dutchtechzone.reporting.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.FundEvent;
import nl.dutchtechzone.core.Indicator;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.ProgramBoard;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.ProgrammeOffice;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.SectorTheme;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.InKindCapacity;
import nl.dutchtechzone.core.plan.IncomeCategory;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.plan.PlanHeading;
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.Aim;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.Observation;
import nl.dutchtechzone.core.report.Outcome;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.Provenance;
import nl.dutchtechzone.reporting.json.ValueType.Attribute;
import org.jspecify.annotations.Nullable;

/**
 * The cross-references of a dataset, each stated once: which attributes define ids (and where
 * they must be unique), which attributes refer to them, and the few keys a dataset holds once
 * (plan and report years, inhabitant figures). {@link Dataset}'s invariant check and the reader
 * both use them: the check walks a built dataset ({@link #problems(Dataset)}); the reader calls
 * a {@link Checker} as it binds each object, so that every problem has the path, line and
 * column of the referring value.
 *
 * <p>The checker checks a reference as soon as the ids it may name are complete (the
 * programme's ids once the programme has been read, which the writer writes first; a plan's
 * heading ids at the end of the plan; the action ids of the plan of a report's year at the end
 * of the dataset) and keeps the few references read before that, so that a million budget lines
 * are checked as they are read and never kept for it.
 *
 * <p>A malformed CBS code of a municipality partner is one problem: inhabitant figures that
 * refer to a code no partner has are then follow-ons, counted in a note on that problem.
 */
final class DatasetReferences {

  /**
   * The kinds of ids, with the object that holds their definitions; messages name them by the
   * texts {@code duplicate.<KIND>} and {@code unknown.<KIND>} of {@link ProblemText}'s bundles.
   */
  enum Ids {
    PARTNER(Programme.class),
    MUNICIPALITY(Programme.class),
    INDICATOR(Programme.class),
    COST_CATEGORY(Programme.class),
    THEME(AnnualPlan.class),
    HEADING(AnnualPlan.class),
    ACTION(AnnualPlan.class),
    AIM(AnnualReport.class),
    REPORT_ITEM(AnnualReport.class),
    STATEMENT_LINE(FinancialStatement.class);

    /** The type whose object holds the definitions; the programme's ids serve the dataset. */
    final Class<?> owner;

    Ids(Class<?> owner) {
      this.owner = owner;
    }

    boolean global() {
      return owner == Programme.class;
    }
  }

  /** An attribute whose value defines an id of a kind. */
  private record Definition(Class<?> type, String attribute, Ids ids) {}

  /**
   * An id attribute unique among the items of the list that holds them; a repeat is the text
   * {@code duplicate.unique.<Type>}.
   */
  private record Unique(Class<?> type, String attribute) {}

  /** An attribute (one id or a list of them, none repeated) that refers to ids of a kind. */
  private record Reference(Class<?> type, String attribute, Ids ids) {}

  private static final List<Definition> DEFINITIONS = List.of(
      new Definition(Partner.class, "id", Ids.PARTNER),
      new Definition(Indicator.class, "id", Ids.INDICATOR),
      new Definition(CostCategory.class, "id", Ids.COST_CATEGORY),
      new Definition(InvestmentTheme.class, "id", Ids.THEME),
      new Definition(PlanHeading.class, "id", Ids.HEADING),
      new Definition(ActionPoint.class, "id", Ids.ACTION),
      new Definition(Aim.class, "id", Ids.AIM),
      new Definition(IndicatorValue.class, "id", Ids.REPORT_ITEM),
      new Definition(Observation.class, "id", Ids.REPORT_ITEM),
      new Definition(Outcome.class, "id", Ids.REPORT_ITEM),
      new Definition(Activity.class, "id", Ids.REPORT_ITEM),
      new Definition(StatementLine.class, "id", Ids.STATEMENT_LINE));

  private static final List<Unique> UNIQUE = List.of(
      new Unique(SectorTheme.class, "id"),
      new Unique(RelatedProgramme.class, "id"),
      new Unique(FundEvent.class, "id"),
      new Unique(BudgetLine.class, "id"));

  private static final List<Reference> REFERENCES = List.of(
      new Reference(Membership.class, "partnerId", Ids.PARTNER),
      new Reference(ProgrammeOffice.class, "hostPartnerId", Ids.PARTNER),
      new Reference(ProgramBoard.class, "memberPartnerIds", Ids.PARTNER),
      new Reference(RelatedProgramme.class, "coFunderIds", Ids.PARTNER),
      new Reference(InKindCapacity.class, "partnerId", Ids.PARTNER),
      new Reference(InhabitantFigure.class, "municipality", Ids.MUNICIPALITY),
      new Reference(Target.class, "indicatorId", Ids.INDICATOR),
      new Reference(IndicatorValue.class, "indicatorId", Ids.INDICATOR),
      // An income line names an income category, or (as datasets before income categories
      // did) a cost category declared for it; see check(...).
      new Reference(BudgetLine.class, "categoryId", Ids.COST_CATEGORY),
      new Reference(StatementLine.class, "categoryId", Ids.COST_CATEGORY),
      new Reference(PlanHeading.class, "themeId", Ids.THEME),
      new Reference(ActionPoint.class, "headingIds", Ids.HEADING),
      new Reference(IndicatorValue.class, "actionIds", Ids.ACTION),
      new Reference(Observation.class, "actionIds", Ids.ACTION),
      new Reference(Outcome.class, "actionIds", Ids.ACTION),
      new Reference(Activity.class, "actionIds", Ids.ACTION),
      new Reference(Activity.class, "aimIds", Ids.AIM));

  /** Attributes that hold ids but define and refer to none (keys shared across years). */
  private static final List<Unique> KEYS = List.of(
      new Unique(ActionPoint.class, "lineOfWork"),
      new Unique(Activity.class, "lineOfWork"));

  private static final List<String> INCOME_CATEGORIES = Arrays.stream(IncomeCategory.values())
      .map(IncomeCategory::id).collect(Collectors.toList());

  /** The types whose objects matter to the checks, directly or through their parts. */
  private static final ClassValue<Boolean> RELEVANT = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      if (hasRules(type)) {
        return true;
      }
      ValueType value = ValueType.of(type);
      return value != null && value.attributes.stream()
          .anyMatch(a -> ValueType.of(a.valueClass) != null && RELEVANT.get(a.valueClass));
    }
  };

  /** The rules of one type, found once; a reader keeps those of its type ({@link #rules}). */
  static final class Rules {
    /** Whether the checks do anything at the end of an object of the type. */
    final boolean tracked;
    /** Whether an object of the type holds scopes or lists of unique ids: a frame of its own. */
    final boolean framed;
    final List<Definition> definitions;
    final List<Unique> unique;
    final List<Reference> references;
    final List<Ids> owned;

    Rules(Class<?> type) {
      definitions = DEFINITIONS.stream().filter(d -> d.type == type)
          .collect(Collectors.toList());
      unique = UNIQUE.stream().filter(u -> u.type == type).collect(Collectors.toList());
      references = REFERENCES.stream().filter(r -> r.type == type).collect(Collectors.toList());
      owned = Arrays.stream(Ids.values()).filter(i -> !i.global() && i.owner == type)
          .collect(Collectors.toList());
      ValueType value = ValueType.of(type);
      framed = type == Dataset.class || !owned.isEmpty() || (value != null
          && value.attributes.stream().anyMatch(a -> UNIQUE.stream()
              .anyMatch(u -> u.type == a.valueClass)));
      tracked = framed || hasRules(type);
    }
  }

  private static final ClassValue<Rules> RULES = new ClassValue<>() {
    @Override
    protected Rules computeValue(Class<?> type) {
      return new Rules(type);
    }
  };

  private DatasetReferences() {}

  /** Whether the attribute holds ids that the checks define or use (read as ids). */
  static boolean isId(Class<?> type, String attribute) {
    return DEFINITIONS.stream().anyMatch(d -> d.type == type && d.attribute.equals(attribute))
        || UNIQUE.stream().anyMatch(u -> u.type == type && u.attribute.equals(attribute))
        || REFERENCES.stream().anyMatch(r -> r.type == type && r.attribute.equals(attribute)
            && r.ids != Ids.MUNICIPALITY)
        || KEYS.stream().anyMatch(k -> k.type == type && k.attribute.equals(attribute));
  }

  /** Whether the attribute holds ids that refer to ids defined elsewhere. */
  static boolean isReference(Class<?> type, String attribute) {
    return REFERENCES.stream().anyMatch(r -> r.type == type && r.attribute.equals(attribute));
  }

  /** The rules of a type. */
  static Rules rules(Class<?> type) {
    return RULES.get(type);
  }

  /** Whether the checks do anything with an object of the type. */
  static boolean isChecked(Class<?> type) {
    return RULES.get(type).tracked;
  }

  /** Whether the checks need the position of the attribute's value. */
  static boolean isLocated(Class<?> type, String attribute) {
    return isId(type, attribute)
        || REFERENCES.stream().anyMatch(r -> r.type == type && r.attribute.equals(attribute))
        || (type == Partner.class && attribute.equals("cbsCode"))
        || ((type == AnnualPlan.class || type == AnnualReport.class)
            && attribute.equals("year"));
  }

  private static boolean hasRules(Class<?> type) {
    return type == Partner.class || type == InhabitantFigure.class || type == AnnualPlan.class
        || type == AnnualReport.class
        || DEFINITIONS.stream().anyMatch(d -> d.type == type)
        || UNIQUE.stream().anyMatch(u -> u.type == type)
        || REFERENCES.stream().anyMatch(r -> r.type == type);
  }

  /** The bound values of one object. */
  interface Bound {
    /** The value of an attribute (an optional's value, a list), or null if it has none. */
    @Nullable Object get(String attribute);

    /** Whether the attribute is present but its value had a problem. */
    boolean failed(String attribute);
  }

  /** Where one object is. */
  interface Site {
    /** The JSON path of the object. */
    String path();

    /** The line of the object. */
    int line();

    /** The column of the object. */
    int column();

    /** The index of the object in its list, or -1. */
    int index();

    /** The line of an attribute's value, or of the item {@code index} of its list. */
    int line(String attribute, int index);

    /** The column of an attribute's value, or of the item {@code index} of its list. */
    int column(String attribute, int index);

    /** The JSON path of an attribute's value, or of the item {@code index} of its list. */
    default String path(String attribute, int index) {
      String path = ReadState.child(path(), attribute);
      return index < 0 ? path : path + "[" + index + "]";
    }
  }

  /** Where the checks put their problems. */
  interface Sink {
    /** Adds a problem. */
    void add(String path, int line, int column, ProblemText message);

    /** Appends a note to the problem recorded at that place. */
    void annotate(String path, int line, int column, ProblemText note);
  }

  /**
   * The problems of the references of a built dataset, each as "path: message".
   *
   * @param dataset the dataset, not null
   * @return the problems, empty when every reference holds
   */
  static List<String> problems(Dataset dataset) {
    List<String> out = new ArrayList<>();
    // The ids unique in their lists are invariants of the built parts already.
    Checker checker = new Checker(false, new Sink() {
      @Override
      public void add(String path, int line, int column, ProblemText message) {
        out.add(path + ": " + message.english());
      }

      @Override
      public void annotate(String path, int line, int column, ProblemText note) {
        for (int i = 0; i < out.size(); i++) {
          if (out.get(i).startsWith(path + ": ")) {
            out.set(i, out.get(i) + note.english());
            return;
          }
        }
      }
    });
    walk(checker, dataset, ValueType.of(Dataset.class), "", "$", -1);
    checker.end();
    return out;
  }

  private static void walk(Checker checker, Object value, ValueType type,
      String parentAttribute, String path, int index) {
    checker.enter(type.type);
    for (Attribute a : type.attributes) {
      ValueType part = ValueType.of(a.valueClass);
      if (part == null || !RELEVANT.get(a.valueClass)) {
        continue;
      }
      Object v = a.get(value);
      String at = ReadState.child(path, a.name);
      if (v instanceof Optional) {
        if (((Optional<?>) v).isPresent()) {
          walk(checker, ((Optional<?>) v).get(), part, a.name, at, -1);
        }
      } else if (v instanceof List) {
        List<?> items = (List<?>) v;
        for (int i = 0; i < items.size(); i++) {
          walk(checker, items.get(i), part, a.name, at + "[" + i + "]", i);
        }
      } else {
        walk(checker, v, part, a.name, at, -1);
      }
    }
    checker.exit(type.type, parentAttribute, new Bound() {
      @Override
      public @Nullable Object get(String attribute) {
        Attribute a = type.attribute(attribute);
        Object v = a == null ? null : a.get(value);
        return v instanceof Optional ? ((Optional<?>) v).orElse(null) : v;
      }

      @Override
      public boolean failed(String attribute) {
        return false;
      }
    }, new Site() {
      @Override
      public String path() {
        return path;
      }

      @Override
      public int line() {
        return 1;
      }

      @Override
      public int column() {
        return 1;
      }

      @Override
      public int index() {
        return index;
      }

      @Override
      public int line(String attribute, int item) {
        return 1;
      }

      @Override
      public int column(String attribute, int item) {
        return 1;
      }
    });
  }

  /** The ids of one kind defined so far in one scope, and the references waiting for them. */
  private static final class Scope {
    final Map<String, String> defined = new HashMap<>();
    final List<Waiting> waiting = new ArrayList<>();
    boolean complete;
  }

  /** A reference read before the ids it may name were complete. */
  private static final class Waiting {
    final Ids ids;
    final String id;
    final String path;
    final int line;
    final int column;
    final boolean income;
    final boolean spending;
    @Nullable Integer year;

    Waiting(Ids ids, String id, String path, int line, int column, boolean income,
        boolean spending) {
      this.ids = ids;
      this.id = id;
      this.path = path;
      this.line = line;
      this.column = column;
      this.income = income;
      this.spending = spending;
    }
  }

  /** One object being read: the scopes it holds and the ids unique among its lists' items. */
  private static final class Frame {
    final Class<?> type;
    final Rules rules;
    final Map<Ids, Scope> scopes;
    /** The unique-id rules of its lists' items met so far, and their ids (a rule or two). */
    Unique @Nullable [] uniqueRules;
    UniqueIds @Nullable [] uniqueIds;
    final List<Waiting> actions;

    Frame(Class<?> type, Rules rules) {
      this.type = type;
      this.rules = rules;
      this.scopes = rules.owned.isEmpty() ? Map.of() : new EnumMap<>(Ids.class);
      for (Ids ids : rules.owned) {
        scopes.put(ids, new Scope());
      }
      this.actions = type == AnnualReport.class ? new ArrayList<>() : List.of();
    }

    /** The ids of a unique-id rule of this object's lists' items, made when first met. */
    UniqueIds uniqueIds(Unique rule) {
      Unique[] rules = uniqueRules;
      UniqueIds[] ids = uniqueIds;
      int n = rules == null ? 0 : rules.length;
      for (int k = 0; k < n; k++) {
        if (rules[k] == rule) {
          return ids[k];
        }
      }
      rules = rules == null ? new Unique[1] : Arrays.copyOf(rules, n + 1);
      ids = ids == null ? new UniqueIds[1] : Arrays.copyOf(ids, n + 1);
      rules[n] = rule;
      ids[n] = new UniqueIds();
      uniqueRules = rules;
      uniqueIds = ids;
      return ids[n];
    }
  }

  /**
   * The ids of one kind of list item of one object, with where each was, checked for repeats
   * once the object ends: one pass, into a table sized for them all.
   */
  private static final class UniqueIds {
    private String[] ids = new String[8];
    /** The attributes of the lists that hold the items: one or two. */
    private String[] lists = new String[1];
    private int listCount;
    /** Per item: the index of its list's attribute, its index there, its line and column. */
    private int[] places = new int[32];
    private int size;

    /** An item's id, the attribute of the list that holds it, its index there and position. */
    void add(String id, String list, int index, int line, int column) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, 2 * size);
        places = Arrays.copyOf(places, 8 * size);
      }
      int l = listCount - 1;
      while (l >= 0 && !lists[l].equals(list)) {
        l--;
      }
      if (l < 0) {
        if (listCount == lists.length) {
          lists = Arrays.copyOf(lists, 2 * listCount);
        }
        lists[listCount] = list;
        l = listCount++;
      }
      ids[size] = id;
      places[4 * size] = l;
      places[4 * size + 1] = index;
      places[4 * size + 2] = line;
      places[4 * size + 3] = column;
      size++;
    }

    /** Reports each repeated id at the repeat, naming the first; {@code site} is the parent's. */
    void check(Unique u, Site site, Sink sink) {
      // dtz-core's one check of repeated ids, which the model's own check uses too.
      int[] repeats = nl.dutchtechzone.core.Ids.repeats(Arrays.asList(ids).subList(0, size));
      for (int r = 0; r < repeats.length; r += 2) {
        int i = repeats[r];
        int first = repeats[r + 1];
        String id = ids[i];
        String firstList = ReadState.child(site.path(), lists[places[4 * first]]);
        String at = ReadState.child(site.path(), lists[places[4 * i]]) + "[" + places[4 * i + 1]
            + "]";
        sink.add(ReadState.child(at, u.attribute), places[4 * i + 2], places[4 * i + 3],
            ProblemText.of("duplicate.unique." + u.type.getSimpleName(), id,
                firstList + "[" + places[4 * first + 1] + "]." + u.attribute));
      }
    }
  }

  /** A problem that may get a note at the end (a rejected CBS code of a municipality). */
  private record Cause(String path, int line, int column) {}

  /**
   * Checks the references of one dataset as its objects are bound: {@link #enter} when an
   * object starts, {@link #exit} when its attributes are bound (before it is built), and
   * {@link #end} once. One instance serves one dataset.
   */
  static final class Checker {
    private final Sink sink;
    private final boolean uniques;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Map<Ids, Scope> programme = new EnumMap<>(Ids.class);
    private final Map<Integer, Set<String>> actionsByYear = new HashMap<>();
    private final List<Waiting> actions = new ArrayList<>();
    private final Map<Integer, String> planYears = new HashMap<>();
    private final Map<Integer, String> reportYears = new HashMap<>();
    private final Map<String, String> figures = new HashMap<>();
    private final List<Cause> rejectedCodes = new ArrayList<>();
    private final Set<String> followOnCodes = new TreeSet<>();
    private int followOns;

    /** A checker of every rule. */
    Checker(Sink sink) {
      this(true, sink);
    }

    /** A checker that leaves out the ids unique in their lists unless {@code uniques}. */
    Checker(boolean uniques, Sink sink) {
      this.sink = sink;
      this.uniques = uniques;
      for (Ids ids : Ids.values()) {
        if (ids.global()) {
          programme.put(ids, new Scope());
        }
      }
    }

    /** An object of the type starts. */
    void enter(Class<?> type) {
      enter(type, RULES.get(type));
    }

    /** An object of the type, whose rules are given, starts. */
    void enter(Class<?> type, Rules rules) {
      if (rules.framed) {
        frames.push(new Frame(type, rules));
      }
    }

    /** The object that {@link #enter} started has its attributes bound. */
    void exit(Class<?> type, String parentAttribute, Bound bound, Site site) {
      exit(type, RULES.get(type), parentAttribute, bound, site);
    }

    /** The object that {@link #enter} started, whose rules are given, has its attributes bound. */
    void exit(Class<?> type, Rules rules, String parentAttribute, Bound bound, Site site) {
      if (!rules.tracked) {
        return;
      }
      // The frame of this object, or (for a type without one) of the object that holds it.
      Frame frame = frames.peek();
      if (frame == null || (rules.framed && frame.type != type)) {
        throw new IllegalStateException("exit of " + type + " without its enter");
      }
      for (int i = 0; i < rules.definitions.size(); i++) {
        Definition d = rules.definitions.get(i);
        Object id = bound.get(d.attribute);
        if (id instanceof String) {
          define(d.ids, (String) id, site, d.attribute);
        }
      }
      Frame parent = rules.unique.isEmpty() || !uniques ? null
          : rules.framed ? parent() : frame;
      for (int i = 0; uniques && i < rules.unique.size(); i++) {
        Unique u = rules.unique.get(i);
        Object value = bound.get(u.attribute);
        if (parent != null && value instanceof String) {
          // Checked when the parent ends: a million lines are then one pass over their ids.
          parent.uniqueIds(u).add((String) value,
              parentAttribute, site.index(), site.line(u.attribute, -1),
              site.column(u.attribute, -1));
        }
      }
      if (type == Partner.class && bound.get("kind") == PartnerKind.MUNICIPALITY) {
        Object code = bound.get("cbsCode");
        if (code instanceof MunicipalityCode) {
          programme.get(Ids.MUNICIPALITY).defined.putIfAbsent(((MunicipalityCode) code).value(),
              site.path("cbsCode", -1));
        } else if (bound.failed("cbsCode")) {
          rejectedCodes.add(new Cause(site.path("cbsCode", -1), site.line("cbsCode", -1),
              site.column("cbsCode", -1)));
        }
      }
      for (int i = 0; i < rules.references.size(); i++) {
        refer(rules.references.get(i), bound, parentAttribute, site);
      }
      if (type == InhabitantFigure.class) {
        figure(bound, site);
      }
      if (!rules.framed) {
        return;
      }
      if (frame.uniqueRules != null) {
        for (int k = 0; k < frame.uniqueRules.length; k++) {
          frame.uniqueIds[k].check(frame.uniqueRules[k], site, sink);
        }
      }
      frames.pop();
      for (Map.Entry<Ids, Scope> e : frame.scopes.entrySet()) {
        complete(e.getValue());
      }
      if (type == Programme.class) {
        programme.values().forEach(this::complete);
      }
      if (type == AnnualPlan.class) {
        Integer year = year(bound, site, planYears, "plan");
        if (year != null) {
          actionsByYear.put(year, frame.scopes.get(Ids.ACTION).defined.keySet());
        }
      }
      if (type == AnnualReport.class) {
        Integer year = year(bound, site, reportYears, "report");
        if (year != null) {
          // Checked at the end, against the plan of that year if the dataset holds one.
          frame.actions.forEach(w -> w.year = year);
          actions.addAll(frame.actions);
        }
      }
      if (type == Dataset.class) {
        end();
      }
    }

    /** Checks what waits until the end of the dataset and notes the follow-ons. */
    void end() {
      programme.values().forEach(this::complete);
      for (Waiting w : actions) {
        Set<String> known = actionsByYear.get(w.year);
        if (known != null) {
          check(w, known);
        }
      }
      actions.clear();
      if (followOns > 0) {
        // Follow-ons are no problems of their own: the causes say what they hold back.
        ProblemText note = ProblemText.of(followOns == 1 ? "followOn.one" : "followOn.many",
            followOns, followOnCodes);
        for (Cause cause : rejectedCodes) {
          sink.annotate(cause.path, cause.line, cause.column, note);
        }
        followOns = 0;
      }
    }

    private @Nullable Frame parent() {
      Iterator<Frame> it = frames.iterator();
      it.next();
      return it.hasNext() ? it.next() : null;
    }

    private @Nullable Scope scope(Ids ids) {
      if (ids.global()) {
        return programme.get(ids);
      }
      for (Frame f : frames) {
        Scope scope = f.scopes.get(ids);
        if (scope != null) {
          return scope;
        }
      }
      return null;
    }

    private void define(Ids ids, String id, Site site, String attribute) {
      Scope scope = scope(ids);
      if (scope == null) {
        return;
      }
      String path = site.path(attribute, -1);
      String first = scope.defined.putIfAbsent(id, path);
      if (first != null) {
        problem(site, attribute, -1, ProblemText.of("duplicate." + ids.name(), id, first));
      }
    }

    private void refer(Reference r, Bound bound, String parentAttribute, Site site) {
      Object value = bound.get(r.attribute);
      boolean income = true;
      boolean spending = true;
      if (r.type == BudgetLine.class) {
        // Where the flow is unknown (its problem is recorded) either kind is accepted.
        Object flow = bound.get("flow");
        income = flow != Flow.SPENDING;
        spending = flow != Flow.INCOME;
      } else if (r.type == StatementLine.class) {
        income = parentAttribute.equals("income");
        spending = !income;
      }
      if (value instanceof MunicipalityCode) {
        refer(r.ids, ((MunicipalityCode) value).value(), site, r.attribute, -1, income,
            spending);
      } else if (value instanceof String) {
        refer(r.ids, (String) value, site, r.attribute, -1, income, spending);
      } else if (value instanceof List) {
        Map<String, Integer> seen = new HashMap<>();
        List<?> ids = (List<?>) value;
        for (int i = 0; i < ids.size(); i++) {
          if (!(ids.get(i) instanceof String)) {
            continue;
          }
          String id = (String) ids.get(i);
          Integer first = seen.putIfAbsent(id, i);
          if (first != null) {
            problem(site, r.attribute, i, ProblemText.of("duplicate." + r.ids.name(), id,
                site.path(r.attribute, first)));
          }
          refer(r.ids, id, site, r.attribute, i, income, spending);
        }
      }
    }

    private void refer(Ids ids, String id, Site site, String attribute, int index,
        boolean income, boolean spending) {
      if (ids == Ids.ACTION) {
        for (Frame f : frames) {
          if (f.type == AnnualReport.class) {
            f.actions.add(new Waiting(ids, id, site.path(attribute, index),
                site.line(attribute, index), site.column(attribute, index), income, spending));
            return;
          }
        }
        return;
      }
      Scope scope = scope(ids);
      if (scope == null) {
        return;
      }
      if (scope.complete) {
        if (!known(ids, id, scope.defined.keySet(), income)) {
          check(new Waiting(ids, id, site.path(attribute, index), site.line(attribute, index),
              site.column(attribute, index), income, spending), scope.defined.keySet());
        }
      } else {
        scope.waiting.add(new Waiting(ids, id, site.path(attribute, index),
            site.line(attribute, index), site.column(attribute, index), income, spending));
      }
    }

    private void complete(Scope scope) {
      scope.complete = true;
      for (Waiting w : scope.waiting) {
        check(w, scope.defined.keySet());
      }
      scope.waiting.clear();
    }

    private static boolean known(Ids ids, String id, Set<String> defined, boolean income) {
      return defined.contains(id)
          || (ids == Ids.COST_CATEGORY && income && IncomeCategory.byId(id).isPresent());
    }

    private void check(Waiting w, Set<String> defined) {
      if (known(w.ids, w.id, defined, w.income)) {
        return;
      }
      if (w.ids == Ids.MUNICIPALITY && !rejectedCodes.isEmpty()) {
        // The known codes are incomplete: the reference follows from a rejected code.
        followOnCodes.add(w.id);
        followOns++;
        return;
      }
      ProblemText message;
      if (w.ids == Ids.COST_CATEGORY && w.income && !w.spending) {
        message = ProblemText.of("unknown.income", w.id, INCOME_CATEGORIES,
            new TreeSet<>(defined));
      } else if (w.ids == Ids.ACTION) {
        message = ProblemText.of("unknown.ACTION", w.id, new TreeSet<>(defined), w.year);
      } else {
        message = ProblemText.of("unknown." + w.ids.name(), w.id, new TreeSet<>(defined));
      }
      sink.add(w.path, w.line, w.column, message);
    }

    /** A plan's or report's year, reported when the dataset already holds one of that year. */
    private @Nullable Integer year(Bound bound, Site site, Map<Integer, String> years,
        String what) {
      if (!(bound.get("year") instanceof Integer)) {
        return null;
      }
      Integer year = (Integer) bound.get("year");
      String first = years.putIfAbsent(year, site.path("year", -1));
      if (first != null) {
        problem(site, "year", -1, ProblemText.of("year.duplicate." + what, year, first));
      }
      return year;
    }

    /** An inhabitant figure: at most one per municipality, date, status and retrieval. */
    private void figure(Bound bound, Site site) {
      Object code = bound.get("municipality");
      Object date = bound.get("referenceDate");
      Object status = bound.get("status");
      if (code == null || date == null || !(status instanceof FigureStatus)) {
        return;
      }
      Object provenance = bound.get("provenance");
      Object retrieved = provenance instanceof Provenance
          ? ((Provenance) provenance).retrieved() : null;
      String first = figures.putIfAbsent(code + "|" + date + "|" + status + "|" + retrieved,
          site.path());
      if (first != null) {
        String constant = JsonSupport.constant((FigureStatus) status);
        sink.add(site.path(), site.line(), site.column(), retrieved == null
            ? ProblemText.of("figure.duplicate", constant, code, date, first)
            : ProblemText.of("figure.duplicate.retrieved", constant, code, date, retrieved,
                first));
      }
    }

    private void problem(Site site, String attribute, int index, ProblemText message) {
      sink.add(site.path(attribute, index), site.line(attribute, index),
          site.column(attribute, index), message);
    }
  }
}
