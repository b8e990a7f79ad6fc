package nl.dutchtechzone.reporting.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.CoverLetter;
import nl.dutchtechzone.core.Direction;
import nl.dutchtechzone.core.FundEvent;
import nl.dutchtechzone.core.FundEventKind;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.Indicator;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.ProgramBoard;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.ProgrammeOffice;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.RelationKind;
import nl.dutchtechzone.core.SectorTheme;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.Years;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.IncomeCategory;
import nl.dutchtechzone.core.plan.InKindCapacity;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.plan.PlanHeading;
import nl.dutchtechzone.core.plan.Scope;
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
import nl.dutchtechzone.reporting.json.JsonTree.ArrayNode;
import nl.dutchtechzone.reporting.json.JsonTree.Node;
import nl.dutchtechzone.reporting.json.JsonTree.ObjectNode;
import nl.dutchtechzone.reporting.json.JsonTree.ValueNode;

/**
 * Reads a {@code dtzFormat} 1 dataset strictly. It parses the input into a {@link JsonTree},
 * maps the tree onto the domain model while collecting every problem (wrong types, missing and
 * unknown fields, malformed amounts, unknown and duplicate ids, values the model rejects), and
 * throws one {@link DatasetException} listing them all, sorted by position. One instance reads
 * one input.
 */
final class DatasetReader {

  private static final Pattern AMOUNT = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]{2}");
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern INDEX = Pattern.compile("\\[[0-9]+]");
  private static final BigDecimal MAX_AMOUNT =
      BigDecimal.valueOf(DatasetLimits.MAX_AMOUNT_CENTS, 2);

  private final List<DatasetProblem> problems = new ArrayList<>();

  // What the programme defines, for the reference checks of the later parts.
  private String programmeId = "unknown";
  private final Map<String, Node> partners = new LinkedHashMap<>();
  private final Map<String, Node> municipalities = new LinkedHashMap<>();
  private final Map<String, Node> indicators = new LinkedHashMap<>();
  private final Map<String, Node> categories = new LinkedHashMap<>();
  private final Map<Integer, Set<String>> planActions = new HashMap<>();
  // The problems of municipality partners whose CBS code was rejected (index into problems),
  // and the references to CBS codes no partner defines that are follow-ons of them.
  private final List<Integer> rejectedCodes = new ArrayList<>();
  private final Set<String> followOnCodes = new TreeSet<>();
  private int followOns;
  // Unknown fields: one problem per path pattern and name ($.a[*].b), with a count of the rest.
  private final Map<String, int[]> unknownFields = new HashMap<>();
  // The programme, mapped as soon as it is parsed, so that budget lines can be mapped while
  // they are parsed instead of kept as a tree.
  private Node earlyProgrammeNode;
  private Programme earlyProgramme;
  private long bytesRead;
  // Problems of items mapped while parsing, counted again when their array is read, so that the
  // object that holds the array counts as having problems (see read and list).
  private int lateProblems;

  /**
   * Reads one dataset from the stream (UTF-8, or another JSON encoding detected by Jackson). A
   * dataset too large for the heap is a {@link DatasetException} that says how much was read and
   * what the heap's limit is, not an {@link OutOfMemoryError}.
   */
  Dataset read(InputStream in) throws IOException {
    try {
      return readCounted(new CountingStream(in));
    } catch (OutOfMemoryError e) {
      // Everything this reader built is garbage now; release what its fields still hold.
      long read = bytesRead;
      problems.clear();
      partners.clear();
      municipalities.clear();
      indicators.clear();
      categories.clear();
      planActions.clear();
      unknownFields.clear();
      earlyProgramme = null;
      earlyProgrammeNode = null;
      long max = Runtime.getRuntime().maxMemory();
      throw new DatasetException(List.of(DatasetProblem.of("$", 1, 1,
          "the dataset is too large for this Java heap: " + read + " bytes of it were read when "
              + "the heap limit of " + max + " bytes (" + (max >> 20) + " MiB, -Xmx) was "
              + "reached; give Java more heap (such as -Xmx" + (max >> 20) * 2
              + "m) or split the dataset")));
    }
  }

  private Dataset readCounted(CountingStream in) throws IOException {
    Node root;
    JsonParser parser;
    try {
      parser = JsonSupport.FACTORY.createParser(in);
    } catch (CharConversionException e) {
      throw notText(e, "$", 1, 1);
    }
    try (parser) {
      try {
        root = JsonTree.parse(parser, problems, hooks());
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        throw new DatasetException(List.of(DatasetProblem.of(path(parser.getParsingContext()),
            Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
            "malformed JSON: " + e.getOriginalMessage())));
      } catch (CharConversionException e) {
        JsonLocation at = parser.currentLocation();
        throw notText(e, path(parser.getParsingContext()), at.getLineNr(), at.getColumnNr());
      }
    }
    Dataset dataset = dataset(root);
    if (!problems.isEmpty() || dataset == null) {
      throw failure();
    }
    return dataset;
  }

  /**
   * The input's bytes are no text in the encoding Jackson detected (say, a UTF-32 byte-order
   * mark in front of UTF-8): malformed JSON, not a failure to read the stream.
   */
  private static DatasetException notText(CharConversionException e, String path, int line,
      int column) {
    String detail = e.getMessage() == null || e.getMessage().isBlank()
        ? e.getClass().getSimpleName() : e.getMessage();
    return new DatasetException(List.of(DatasetProblem.of(path, Math.max(1, line),
        Math.max(1, column), "malformed JSON: the bytes are no text in the detected encoding: "
            + detail)));
  }

  /** Counts the bytes read, for the message when the heap runs out. */
  private final class CountingStream extends java.io.FilterInputStream {
    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        bytesRead++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        bytesRead += n;
      }
      return n;
    }
  }

  /** Whether an array is at {@code $.plans[i].budget.lines}. */
  private static boolean isBudgetLines(ArrayNode array) {
    Node budget = array.parent();
    Node plan = budget == null ? null : budget.parent();
    Node plans = plan == null ? null : plan.parent();
    return "lines".equals(array.key()) && "budget".equals(budget.key()) && plan.key() == null
        && plans != null && "plans".equals(plans.key()) && plans.parent() != null
        && plans.parent().parent() == null;
  }

  /**
   * The programme is mapped when it is complete; after it, the budget lines of the plans are
   * mapped one by one as they are parsed (their references to cost categories need it).
   */
  private JsonTree.Hooks hooks() {
    return new JsonTree.Hooks() {
      @Override
      public Function<Node, Object> itemMapper(ArrayNode array) {
        if (earlyProgrammeNode != null && isBudgetLines(array)) {
          Element<BudgetLine> lines = budgetLines();
          return lines::read;
        }
        return null;
      }

      @Override
      public void rootField(String key, Node value) {
        if ("programme".equals(key) && earlyProgrammeNode == null
            && !(value instanceof ValueNode && ((ValueNode) value).token == JsonToken.VALUE_NULL)) {
          earlyProgrammeNode = value;
          earlyProgramme = programme(value);
        }
      }
    };
  }

  private DatasetException failure() {
    unknownFields.forEach((pattern, seen) -> {
      if (seen[1] > 1) {
        DatasetProblem first = problems.get(seen[0]);
        problems.set(seen[0], DatasetProblem.of(first.path(), first.line(), first.column(),
            first.message() + " (and " + (seen[1] - 1) + " more like it at " + pattern + ")"));
      }
    });
    unknownFields.clear();
    if (followOns > 0) {
      // Follow-ons are no problems of their own: the causes say what they hold back.
      String note = "; until it is fixed, " + followOns + " inhabitant figure"
          + (followOns == 1 ? " refers" : "s refer") + " to a CBS code no partner has "
          + followOnCodes + " and " + (followOns == 1 ? "is" : "are") + " not checked";
      for (int index : rejectedCodes) {
        DatasetProblem cause = problems.get(index);
        problems.set(index, DatasetProblem.of(cause.path(), cause.line(), cause.column(),
            cause.message() + note));
      }
      followOns = 0;
    }
    List<DatasetProblem> sorted = problems.stream()
        .sorted(Comparator.comparingInt(DatasetProblem::line)
            .thenComparingInt(DatasetProblem::column))
        .collect(Collectors.toList());
    return new DatasetException(sorted);
  }

  private static String path(JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add(0, JsonTree.child("", c.getCurrentName()));
      }
    }
    return "$" + String.join("", parts);
  }

  // ---- the dataset ----------------------------------------------------------------------------

  private Dataset dataset(Node root) throws DatasetException {
    Obj d = obj(root, "the dataset");
    if (d == null) {
      throw failure();
    }
    Node version = d.get("dtzFormat", true);
    if (version != null) {
      Integer v = integer(version);
      if (v != null && v != JsonDatasets.FORMAT_VERSION) {
        // Alone: what the programme, read while parsing, seemed to get wrong may mean something
        // else in that version.
        problems.clear();
        rejectedCodes.clear();
        followOns = 0;
        unknownFields.clear();
        problem(version, "unsupported dtzFormat " + v + "; this reader supports dtzFormat "
            + JsonDatasets.FORMAT_VERSION + " only");
        throw failure();
      }
    }
    Node programmeNode = d.get("programme", true);
    Programme programme = programmeNode != null && programmeNode == earlyProgrammeNode
        ? earlyProgramme : programme(programmeNode);
    Map<String, Node> figureKeys = new HashMap<>();
    List<InhabitantFigure> figures = list(d.get("inhabitantFigures", true),
        n -> inhabitantFigure(n, figureKeys));
    List<AnnualPlan> plans = list(d.get("plans", true), this::plan);
    years(d.node.fields.get("plans"), "plan");
    List<AnnualReport> reports = list(d.get("reports", true), this::report);
    years(d.node.fields.get("reports"), "report");
    List<CoverLetter> letters = list(d.get("coverLetters", true), this::coverLetter);
    d.done();
    if (!problems.isEmpty()) {
      return null;
    }
    return build(root, () -> Dataset.builder()
        .programme(programme)
        .inhabitantFigures(figures)
        .plans(plans)
        .reports(reports)
        .coverLetters(letters)
        .build());
  }

  /** Reports a year that occurs twice among the plans or the reports. */
  private void years(Node array, String what) {
    if (!(array instanceof ArrayNode)) {
      return;
    }
    Map<String, Node> seen = new HashMap<>();
    for (Node item : ((ArrayNode) array).items) {
      if (item instanceof ObjectNode) {
        Node yearNode = ((ObjectNode) item).fields.get("year");
        if (yearNode instanceof ValueNode && ((ValueNode) yearNode).token
            == JsonToken.VALUE_NUMBER_INT) {
          String text = ((ValueNode) yearNode).text;
          Node first = seen.putIfAbsent(text, yearNode);
          if (first != null) {
            problem(yearNode, "duplicate " + what + " year " + text + " (first at "
                + first.path() + "); a dataset holds at most one " + what + " per year");
          }
        }
      }
    }
  }

  // ---- programme ------------------------------------------------------------------------------

  private Programme programme(Node node) {
    return read(node, "the programme", o -> {
      String id = o.id("id");
      if (id != null) {
        programmeId = id;
      }
      String shortName = o.string("shortName");
      String name = o.string("name");
      LocalizedText purpose = o.text("purpose");
      Optional<LocalizedText> origin = o.optText("origin");
      List<LocalizedText> aims = list(o.get("aims", true), this::text);
      List<Partner> partnerList = list(o.get("partners", true), this::partner);
      List<Indicator> indicatorList = list(o.get("indicators", true), this::indicator);
      List<CostCategory> categoryList = list(o.get("costCategories", true), this::costCategory);
      List<Membership> memberships = list(o.get("memberships", true), this::membership);
      Optional<ProgrammeOffice> office = optional(o.get("office", false), this::office);
      Optional<ProgramBoard> board = optional(o.get("board", false), this::board);
      List<SectorTheme> themes =
          list(o.get("sectorThemes", true), unique("sector theme", this::sectorTheme));
      StrategicPeriod period = period(o.get("strategicPeriod", true));
      List<RelatedProgramme> related =
          list(o.get("relatedProgrammes", true), unique("related programme", this::related));
      Optional<Money> rate =
          Optional.ofNullable(rate(o.get("contributionPerInhabitant", false)));
      return () -> Programme.builder()
          .id(id).shortName(shortName).name(name).purpose(purpose).origin(origin)
          .aims(aims).partners(partnerList).memberships(memberships).office(office).board(board)
          .sectorThemes(themes).strategicPeriod(period).relatedProgrammes(related)
          .indicators(indicatorList).costCategories(categoryList)
          .contributionPerInhabitant(rate)
          .build();
    });
  }

  private Partner partner(Node node) {
    return read(node, "a partner", o -> {
      String id = o.id("id");
      define(o, "id", id, partners, "partner id");
      String name = o.string("name");
      PartnerKind kind = o.constant("kind", PartnerKind.class);
      Node codeNode = o.get("cbsCode", false);
      Optional<MunicipalityCode> code = Optional.empty();
      if (codeNode != null) {
        int before = problems.size();
        String text = string(codeNode);
        if (text != null) {
          code = Optional.ofNullable(convert(codeNode, () -> MunicipalityCode.of(text)));
        }
        if (problems.size() > before && kind == PartnerKind.MUNICIPALITY) {
          rejectedCodes.add(before);
        }
      }
      if (kind == PartnerKind.MUNICIPALITY && code.isPresent()) {
        municipalities.putIfAbsent(code.get().value(), codeNode);
      }
      Optional<LocalizedText> description = o.optText("description");
      Optional<MunicipalityCode> cbs = code;
      return () -> Partner.builder().id(id).name(name).kind(kind).cbsCode(cbs)
          .description(description).build();
    });
  }

  private Membership membership(Node node) {
    return read(node, "a membership", o -> {
      String partnerId = o.ref("partnerId", partners, "partner id");
      Integer from = o.year("fromYear");
      Optional<Integer> last = o.optYear("lastYear");
      Optional<String> source = o.optString("source");
      return () -> Membership.builder().partnerId(partnerId).fromYear(from)
          .lastYear(last).source(source).build();
    });
  }

  private ProgrammeOffice office(Node node) {
    return read(node, "the programme office", o -> {
      String host = o.ref("hostPartnerId", partners, "partner id");
      Boolean bears = o.bool("hostBearsHousingAndSupport");
      return () -> ProgrammeOffice.of(host, bears);
    });
  }

  private ProgramBoard board(Node node) {
    return read(node, "the board", o -> {
      String name = o.string("name");
      List<String> members = o.refs("memberPartnerIds", partners, "partner id");
      return () -> ProgramBoard.of(name, members);
    });
  }

  private SectorTheme sectorTheme(Node node) {
    return read(node, "a sector theme", o -> {
      String id = o.id("id");
      LocalizedText name = o.text("name");
      return () -> SectorTheme.of(id, name);
    });
  }

  private StrategicPeriod period(Node node) {
    return read(node, "a strategic period", o -> {
      Integer first = o.year("firstYear");
      Integer last = o.year("lastYear");
      return () -> StrategicPeriod.of(first, last);
    });
  }

  private RelatedProgramme related(Node node) {
    return read(node, "a related programme", o -> {
      String id = o.id("id");
      String name = o.string("name");
      RelationKind kind = o.constant("kind", RelationKind.class);
      Boolean own = o.bool("ownGovernance");
      Optional<String> pillar = o.optString("pillar");
      Optional<LocalizedText> role = o.optText("role");
      List<String> coFunders = o.refs("coFunderIds", partners, "partner id");
      Optional<Integer> lastOpened = o.optYear("lastOpenedYear");
      List<FundEvent> events =
          list(o.get("fundEvents", true), unique("fund event", this::fundEvent));
      return () -> RelatedProgramme.builder().id(id).name(name).kind(kind)
          .ownGovernance(own).pillar(pillar).role(role).coFunderIds(coFunders)
          .lastOpenedYear(lastOpened).fundEvents(events).build();
    });
  }

  private FundEvent fundEvent(Node node) {
    return read(node, "a fund event", o -> {
      String id = o.id("id");
      FundEventKind kind = o.constant("kind", FundEventKind.class);
      Money amount = o.money("amount");
      Optional<LocalDate> date = optional(o.get("date", false), this::date);
      Optional<LocalizedText> destination = o.optText("destination");
      LocalizedText description = o.text("description");
      return () -> FundEvent.builder().id(id).kind(kind).amount(amount).date(date)
          .destination(destination).description(description).build();
    });
  }

  private Indicator indicator(Node node) {
    return read(node, "an indicator", o -> {
      String id = o.id("id");
      define(o, "id", id, indicators, "indicator id");
      LocalizedText name = o.text("name");
      String unit = o.string("unit");
      Direction direction = o.constant("direction", Direction.class);
      Boolean cumulative = o.bool("cumulative");
      return () -> Indicator.builder().id(id).name(name).unit(unit)
          .direction(direction).cumulative(cumulative).build();
    });
  }

  private CostCategory costCategory(Node node) {
    return read(node, "a cost category", o -> {
      String id = o.id("id");
      define(o, "id", id, categories, "cost category id");
      LocalizedText name = o.text("name");
      return () -> CostCategory.of(id, name);
    });
  }

  // ---- inhabitant figures ------------------------------------------------------------------

  private InhabitantFigure inhabitantFigure(Node node, Map<String, Node> keys) {
    Obj o = obj(node, "an inhabitant figure");
    if (o == null) {
      return null;
    }
    int mark = problems.size();
    Node codeNode = o.get("municipality", true);
    String codeText = string(codeNode);
    MunicipalityCode code = codeText == null ? null
        : convert(codeNode, () -> MunicipalityCode.of(codeText));
    if (code != null && !municipalities.containsKey(code.value())) {
      if (rejectedCodes.isEmpty()) {
        checkRef(codeNode, code.value(), municipalities, "municipality (CBS code)");
      } else {
        // The known codes are incomplete: the reference follows from a rejected code.
        followOnCodes.add(code.value());
        followOns++;
      }
    }
    String name = o.string("municipalityName");
    LocalDate referenceDate = date(o.get("referenceDate", true));
    Node countNode = o.get("inhabitants", true);
    Long inhabitants = count(countNode);
    FigureStatus status = o.constant("status", FigureStatus.class);
    String source = o.string("source");
    Optional<Provenance> provenance = optional(o.get("provenance", false), this::provenance);
    o.done();
    if (code != null && referenceDate != null && status != null) {
      String retrieved = provenance.map(p -> " retrieved " + p.retrieved()).orElse("");
      Node first = keys.putIfAbsent(code + "|" + referenceDate + "|" + status + "|" + retrieved,
          node);
      if (first != null) {
        problem(node, "duplicate " + JsonSupport.constant(status) + " inhabitant figure of "
            + code + " on " + referenceDate + retrieved + " (first at " + first.path() + ")");
      }
    }
    if (problems.size() > mark) {
      return null;
    }
    return build(node, () -> InhabitantFigure.builder().municipality(code)
        .municipalityName(name).referenceDate(referenceDate).inhabitants(inhabitants)
        .status(status).source(source).provenance(provenance).build());
  }

  /** Where a figure read from a CBS download comes from. */
  private Provenance provenance(Node node) {
    return read(node, "a provenance", o -> {
      String table = o.string("tableId");
      String period = o.string("periodCode");
      FigureStatus status = o.constant("status", FigureStatus.class);
      String file = o.string("file");
      LocalDate retrieved = date(o.get("retrieved", true));
      return () -> Provenance.of(table, period, status, file, retrieved);
    });
  }

  /** A count of people or things: a whole JSON number, not negative. */
  private Long count(Node node) {
    if (node == null) {
      return null;
    }
    if (node instanceof ValueNode && ((ValueNode) node).token == JsonToken.VALUE_NUMBER_INT) {
      String text = ((ValueNode) node).text;
      long value;
      try {
        value = Long.parseLong(text);
      } catch (NumberFormatException e) {
        problem(node, "expected a whole number, got " + text + ", which is out of range");
        return null;
      }
      if (value < 0) {
        problem(node, "must not be negative, got " + text);
        return null;
      }
      if (value > DatasetLimits.MAX_INHABITANTS) {
        problem(node, "inhabitants " + text + " is out of the supported range; expected at most "
            + DatasetLimits.MAX_INHABITANTS + " (10^8)");
        return null;
      }
      return value;
    }
    problem(node, "expected a whole number, got " + describe(node));
    return null;
  }

  // ---- plans ----------------------------------------------------------------------------------

  private AnnualPlan plan(Node node) {
    return read(node, "a plan", o -> {
      Integer year = o.year("year");
      StrategicPeriod period = period(o.get("strategicPeriod", true));
      Optional<LocalizedText> introduction = o.optText("introduction");
      // Headings first: the actions refer to them.
      Map<String, Node> headingIds = new LinkedHashMap<>();
      List<PlanHeading> headings = list(o.get("headings", true), n -> heading(n, headingIds));
      Map<String, Node> actionIds = new LinkedHashMap<>();
      List<InvestmentTheme> themes = list(o.get("themes", true),
          unique("investment theme", n -> theme(n, headingIds, actionIds)));
      if (year != null) {
        planActions.put(year, actionIds.keySet());
      }
      Optional<Budget> budget = optional(o.get("budget", false), n -> budget(n, year));
      List<InKindCapacity> inKind = list(o.get("inKind", true), this::inKind);
      return () -> AnnualPlan.builder().programmeId(programmeId).year(year)
          .strategicPeriod(period).introduction(introduction).themes(themes).headings(headings)
          .budget(budget).inKind(inKind).build();
    });
  }

  private PlanHeading heading(Node node, Map<String, Node> headingIds) {
    return read(node, "a plan heading", o -> {
      String id = o.id("id");
      define(o, "id", id, headingIds, "heading id");
      String themeId = o.id("themeId");
      LocalizedText text = o.text("text");
      return () -> PlanHeading.of(id, themeId, text);
    });
  }

  private InvestmentTheme theme(Node node, Map<String, Node> headingIds,
      Map<String, Node> actionIds) {
    return read(node, "an investment theme", o -> {
      String id = o.id("id");
      LocalizedText title = o.text("title");
      List<ActionPoint> actions =
          list(o.get("actions", true), n -> action(n, headingIds, actionIds));
      return () -> InvestmentTheme.builder().id(id).title(title).actions(actions)
          .build();
    });
  }

  private ActionPoint action(Node node, Map<String, Node> headingIds,
      Map<String, Node> actionIds) {
    return read(node, "an action point", o -> {
      String id = o.id("id");
      define(o, "id", id, actionIds, "action id");
      LocalizedText text = o.text("text");
      List<String> headings = o.refs("headingIds", headingIds, "heading id");
      Optional<Target> target = optional(o.get("target", false), this::target);
      Optional<String> lineOfWork = o.optId("lineOfWork");
      return () -> ActionPoint.builder().id(id).text(text).headingIds(headings)
          .target(target).lineOfWork(lineOfWork).build();
    });
  }

  private Target target(Node node) {
    return read(node, "a target", o -> {
      String indicatorId = o.ref("indicatorId", indicators, "indicator id");
      BigDecimal value = o.decimal("value");
      String unit = o.string("unit");
      return () -> Target.of(indicatorId, value, unit);
    });
  }

  private Budget budget(Node node, Integer year) {
    return read(node, "a budget", o -> {
      BudgetStatus status = o.constant("status", BudgetStatus.class);
      Optional<LocalizedText> scopeNote = o.optText("scopeNote");
      List<BudgetLine> lines = list(o.get("lines", true), budgetLines());
      // Without the plan's year (its problem is already recorded) there is nothing to build.
      return () -> year == null ? null
          : Budget.builder().year(year).status(status).scopeNote(scopeNote).lines(lines).build();
    });
  }

  /** How the lines of one budget are read; the same while parsing and afterwards. */
  private Element<BudgetLine> budgetLines() {
    return unique("budget line", this::budgetLine);
  }

  private BudgetLine budgetLine(Node node) {
    return read(node, "a budget line", o -> {
      String id = o.id("id");
      Flow flow = o.constant("flow", Flow.class);
      String categoryId = category(o, "categoryId", true, flow != Flow.SPENDING,
          flow != Flow.INCOME);
      LocalizedText description = o.text("description");
      Money planned = o.money("planned");
      Optional<Money> amended = o.optMoney("amended");
      Scope scope = o.constant("scope", Scope.class);
      Optional<LocalizedText> note = o.optText("note");
      return () -> BudgetLine.builder().id(id).flow(flow).categoryId(categoryId)
          .description(description).planned(planned).amended(amended).scope(scope).note(note)
          .build();
    });
  }

  private InKindCapacity inKind(Node node) {
    return read(node, "an in-kind capacity", o -> {
      PartnerKind kind = o.constant("offeredByKind", PartnerKind.class);
      Optional<String> partnerId = o.optRef("partnerId", partners, "partner id");
      LocalizedText description = o.text("description");
      Optional<BigDecimal> fte = optional(o.get("fte", false), this::decimal);
      Optional<Money> value = o.optMoney("estimatedValue");
      return () -> InKindCapacity.builder().offeredByKind(kind).partnerId(partnerId)
          .description(description).fte(fte).estimatedValue(value).build();
    });
  }

  // ---- reports --------------------------------------------------------------------------------

  private AnnualReport report(Node node) {
    return read(node, "a report", o -> {
      Integer year = o.year("year");
      // Action ids are checked against the plan of the same year, when the dataset holds it.
      Map<String, Node> actions = null;
      if (year != null && planActions.containsKey(year)) {
        actions = new LinkedHashMap<>();
        for (String a : planActions.get(year)) {
          actions.put(a, node);
        }
      }
      Map<String, Node> planActionIds = actions;
      Map<String, Node> itemIds = new LinkedHashMap<>();
      Optional<LocalizedText> goal = o.optText("goal");
      Optional<FinancialStatement> statement =
          optional(o.get("statement", false), n -> statement(n, year));
      List<IndicatorValue> values = list(o.get("indicatorValues", true),
          n -> indicatorValue(n, itemIds, planActionIds));
      List<Observation> observations = list(o.get("observations", true),
          n -> observation(n, itemIds, planActionIds));
      List<Outcome> outcomes = list(o.get("outcomes", true),
          n -> outcome(n, itemIds, planActionIds));
      Map<String, Node> aimIds = new LinkedHashMap<>();
      List<Aim> aims = list(o.get("aims", true), n -> aim(n, aimIds));
      List<Activity> activities = list(o.get("activities", true),
          n -> activity(n, itemIds, aimIds, planActionIds));
      return () -> AnnualReport.builder().programmeId(programmeId).year(year)
          .goal(goal).statement(statement).indicatorValues(values).observations(observations)
          .outcomes(outcomes).aims(aims).activities(activities).build();
    });
  }

  private FinancialStatement statement(Node node, Integer year) {
    return read(node, "a financial statement", o -> {
      Map<String, Node> lineIds = new LinkedHashMap<>();
      Money carried = o.money("carriedForward");
      List<StatementLine> income =
          list(o.get("income", true), n -> statementLine(n, lineIds, true));
      List<StatementLine> spending =
          list(o.get("spending", true), n -> statementLine(n, lineIds, false));
      Money spendingTotal = o.money("statedSpendingTotal");
      Optional<Money> incomeTotal = o.optMoney("statedIncomeTotal");
      // Without the report's year (its problem is already recorded) there is nothing to build.
      return () -> year == null ? null
          : FinancialStatement.builder().year(year).carriedForward(carried)
              .income(income).spending(spending).statedSpendingTotal(spendingTotal)
              .statedIncomeTotal(incomeTotal).build();
    });
  }

  private StatementLine statementLine(Node node, Map<String, Node> lineIds, boolean income) {
    return read(node, "a statement line", o -> {
      String id = o.id("id");
      define(o, "id", id, lineIds, "statement line id");
      Optional<String> categoryId =
          Optional.ofNullable(category(o, "categoryId", false, income, !income));
      LocalizedText label = o.text("label");
      Money amount = o.money("amount");
      return () -> StatementLine.builder().id(id).categoryId(categoryId).label(label)
          .amount(amount).build();
    });
  }

  private IndicatorValue indicatorValue(Node node, Map<String, Node> itemIds,
      Map<String, Node> actions) {
    return read(node, "an indicator value", o -> {
      String id = o.id("id");
      define(o, "id", id, itemIds, "report item id");
      String indicatorId = o.ref("indicatorId", indicators, "indicator id");
      LocalizedText title = o.text("title");
      BigDecimal value = o.decimal("value");
      List<String> actionIds = o.refs("actionIds", actions, "action id of the plan of that year");
      return () -> IndicatorValue.builder().id(id).indicatorId(indicatorId)
          .title(title).value(value).actionIds(actionIds).build();
    });
  }

  private Observation observation(Node node, Map<String, Node> itemIds,
      Map<String, Node> actions) {
    return read(node, "an observation", o -> {
      String id = o.id("id");
      define(o, "id", id, itemIds, "report item id");
      LocalizedText title = o.text("title");
      List<LocalizedText> points = list(o.get("points", true), this::text);
      List<String> actionIds = o.refs("actionIds", actions, "action id of the plan of that year");
      return () -> Observation.builder().id(id).title(title).points(points)
          .actionIds(actionIds).build();
    });
  }

  private Outcome outcome(Node node, Map<String, Node> itemIds, Map<String, Node> actions) {
    return read(node, "an outcome", o -> {
      String id = o.id("id");
      define(o, "id", id, itemIds, "report item id");
      LocalizedText title = o.text("title");
      LocalizedText summary = o.text("summary");
      List<String> actionIds = o.refs("actionIds", actions, "action id of the plan of that year");
      return () -> Outcome.builder().id(id).title(title).summary(summary)
          .actionIds(actionIds).build();
    });
  }

  private Aim aim(Node node, Map<String, Node> aimIds) {
    return read(node, "an aim", o -> {
      String id = o.id("id");
      define(o, "id", id, aimIds, "aim id");
      LocalizedText text = o.text("text");
      return () -> Aim.of(id, text);
    });
  }

  private Activity activity(Node node, Map<String, Node> itemIds, Map<String, Node> aimIds,
      Map<String, Node> actions) {
    return read(node, "an activity", o -> {
      String id = o.id("id");
      define(o, "id", id, itemIds, "report item id");
      LocalizedText title = o.text("title");
      List<String> aims = o.refs("aimIds", aimIds, "aim id");
      List<String> actionIds = o.refs("actionIds", actions, "action id of the plan of that year");
      Optional<String> lineOfWork = o.optId("lineOfWork");
      Optional<LocalizedText> note = o.optText("note");
      return () -> Activity.builder().id(id).title(title).aimIds(aims)
          .actionIds(actionIds).lineOfWork(lineOfWork).note(note).build();
    });
  }

  // ---- cover letters --------------------------------------------------------------------------

  private CoverLetter coverLetter(Node node) {
    return read(node, "a cover letter", o -> {
      String from = o.string("from");
      String to = o.string("to");
      String place = o.string("place");
      LocalDate date = date(o.get("date", true));
      String reference = o.string("reference");
      String handledBy = o.string("handledBy");
      String subject = o.string("subject");
      LocalizedText status = o.text("status");
      List<String> attachments = list(o.get("attachments", true), this::string);
      return () -> CoverLetter.builder().from(from).to(to).place(place).date(date)
          .reference(reference).handledBy(handledBy).subject(subject).status(status)
          .attachments(attachments).build();
    });
  }

  // ---- values ---------------------------------------------------------------------------------

  private LocalizedText text(Node node) {
    return read(node, "a text with \"nl\" and optionally \"en\"", o -> {
      String nl = o.string("nl");
      Optional<String> en = o.optString("en");
      return () -> en.isPresent() ? LocalizedText.of(nl, en.get())
          : LocalizedText.dutch(nl);
    });
  }

  private String string(Node node) {
    if (node == null) {
      return null;
    }
    if (node instanceof ValueNode && ((ValueNode) node).token == JsonToken.VALUE_STRING) {
      return ((ValueNode) node).text;
    }
    problem(node, "expected a string, got " + node.type());
    return null;
  }

  private String id(Node node) {
    String text = string(node);
    if (text != null && !Ids.isValid(text)) {
      problem(node, "'" + text + "' is not an id; expected letters, digits, '.', '_' or '-',"
          + " starting with a letter or digit, at most 100 characters");
      return null;
    }
    return text;
  }

  private Integer integer(Node node) {
    if (node == null) {
      return null;
    }
    if (node instanceof ValueNode && ((ValueNode) node).token == JsonToken.VALUE_NUMBER_INT) {
      try {
        return Integer.valueOf(((ValueNode) node).text);
      } catch (NumberFormatException e) {
        problem(node, "expected a whole number, got " + ((ValueNode) node).text
            + ", which is out of range");
        return null;
      }
    }
    problem(node, "expected a whole number, got " + describe(node));
    return null;
  }

  private Integer year(Node node) {
    Integer year = integer(node);
    if (year != null && (year < Years.MIN || year > Years.MAX)) {
      problem(node, "expected a year between " + Years.MIN + " and " + Years.MAX + ", got "
          + year);
      return null;
    }
    return year;
  }

  private Boolean bool(Node node) {
    if (node == null) {
      return null;
    }
    if (node instanceof ValueNode) {
      JsonToken token = ((ValueNode) node).token;
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE;
      }
    }
    problem(node, "expected true or false, got " + describe(node));
    return null;
  }

  private Money money(Node node) {
    if (node == null) {
      return null;
    }
    if (node instanceof ValueNode && (((ValueNode) node).token == JsonToken.VALUE_NUMBER_INT
        || ((ValueNode) node).token == JsonToken.VALUE_NUMBER_FLOAT)) {
      problem(node, "expected an amount as a string such as \"289467.21\", got the number "
          + ((ValueNode) node).text + "; amounts are never JSON numbers");
      return null;
    }
    String text = string(node);
    if (text == null) {
      return null;
    }
    if (!AMOUNT.matcher(text).matches()) {
      problem(node, "malformed amount \"" + text + "\"; expected plain notation with a point "
          + "and exactly two decimals, no grouping, such as \"289467.21\" or \"-12.50\"");
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    if (value.abs().compareTo(MAX_AMOUNT) > 0) {
      problem(node, "amount \"" + text + "\" is out of the supported range; expected at most "
          + DatasetLimits.MAX_AMOUNT_TEXT + " either side of zero (EUR 10^12)");
      return null;
    }
    return convert(node, () -> Money.of(value));
  }

  /** A contribution per inhabitant: an amount of at most {@link DatasetLimits#MAX_RATE}. */
  private Money rate(Node node) {
    Money rate = money(node);
    if (rate != null && rate.amount().compareTo(DatasetLimits.MAX_RATE) > 0) {
      problem(node, "contribution per inhabitant \"" + rate.toPlainString() + "\" is out of the "
          + "supported range; expected at most " + DatasetLimits.MAX_RATE.toPlainString());
      return null;
    }
    return rate;
  }

  private BigDecimal decimal(Node node) {
    if (node == null) {
      return null;
    }
    if (node instanceof ValueNode && (((ValueNode) node).token == JsonToken.VALUE_NUMBER_INT
        || ((ValueNode) node).token == JsonToken.VALUE_NUMBER_FLOAT)) {
      problem(node, "expected a decimal as a string such as \"65\" or \"0.5\", got the number "
          + ((ValueNode) node).text);
      return null;
    }
    String text = string(node);
    if (text == null) {
      return null;
    }
    if (!DECIMAL.matcher(text).matches()) {
      problem(node, "malformed decimal \"" + text + "\"; expected plain notation with an "
          + "optional point, no grouping and no exponent, such as \"65\" or \"0.5\"");
      return null;
    }
    int point = text.indexOf('.');
    int integerDigits = (point < 0 ? text.length() : point) - (text.startsWith("-") ? 1 : 0);
    int fractionDigits = point < 0 ? 0 : text.length() - point - 1;
    if (integerDigits > DatasetLimits.MAX_DECIMAL_INTEGER_DIGITS
        || fractionDigits > DatasetLimits.MAX_DECIMAL_FRACTION_DIGITS) {
      problem(node, "decimal \"" + text + "\" is out of the supported range; expected at most "
          + DatasetLimits.MAX_DECIMAL_INTEGER_DIGITS + " digits before the point and "
          + DatasetLimits.MAX_DECIMAL_FRACTION_DIGITS + " after it");
      return null;
    }
    return new BigDecimal(text);
  }

  private LocalDate date(Node node) {
    String text = string(node);
    if (text == null) {
      return null;
    }
    if (DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        problem(node, "invalid date \"" + text + "\": " + e.getMessage());
        return null;
      }
    }
    problem(node, "malformed date \"" + text + "\"; expected ISO-8601 yyyy-mm-dd, such as "
        + "\"2023-05-16\"");
    return null;
  }

  private <E extends Enum<E>> E constant(Node node, Class<E> type) {
    String text = string(node);
    if (text == null) {
      return null;
    }
    List<String> allowed = new ArrayList<>();
    for (E value : type.getEnumConstants()) {
      String name = JsonSupport.constant(value);
      if (name.equals(text)) {
        return value;
      }
      allowed.add(name);
    }
    problem(node, "unknown value \"" + text + "\"; expected one of " + allowed);
    return null;
  }

  private static String describe(Node node) {
    if (node instanceof ValueNode && ((ValueNode) node).token != JsonToken.VALUE_NULL) {
      return node.type() + " (" + ((ValueNode) node).text + ")";
    }
    return node.type();
  }

  // ---- structure helpers ----------------------------------------------------------------------

  /** Reads one element; returns null when it has problems (already recorded). */
  private interface Element<T> {
    T read(Node node);
  }

  private Obj obj(Node node, String what) {
    if (node == null) {
      return null;
    }
    if (node instanceof ObjectNode) {
      return new Obj((ObjectNode) node);
    }
    problem(node, "expected " + what + " (a JSON object), got " + describe(node));
    return null;
  }

  /**
   * Reads one JSON object into a model value: {@code fields} reads the fields (recording their
   * problems) and returns how to build the value; then the unknown fields are reported. Returns
   * null when the node is no object or when reading it recorded a problem; otherwise the built
   * value, or null when the model rejects it (recorded at the object's path) or the builder
   * returns null.
   */
  private <T> T read(Node node, String what, Function<Obj, Supplier<T>> fields) {
    Obj o = obj(node, what);
    if (o == null) {
      return null;
    }
    int mark = problems.size() + lateProblems;
    Supplier<T> value = fields.apply(o);
    o.done();
    if (problems.size() + lateProblems > mark) {
      return null;
    }
    return build(node, value);
  }

  private <T> List<T> list(Node node, Element<T> element) {
    List<T> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof ArrayNode)) {
      problem(node, "expected an array, got " + describe(node));
      return out;
    }
    if (((ArrayNode) node).mapped != null) {
      // Mapped while parsing, by the same element reader (see hooks()).
      lateProblems += ((ArrayNode) node).mappedProblems;
      for (Object value : ((ArrayNode) node).mapped) {
        @SuppressWarnings("unchecked")
        T item = (T) value;
        out.add(item);
      }
      return out;
    }
    for (Node item : ((ArrayNode) node).items) {
      T value = element.read(item);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  private <T> Optional<T> optional(Node node, Element<T> element) {
    return node == null ? Optional.empty() : Optional.ofNullable(element.read(node));
  }

  /** Wraps an element reader so that a repeated {@code id} among the list is reported. */
  private <T> Element<T> unique(String what, Element<T> element) {
    // The index of the first item with each id: small enough for a million budget lines.
    Map<String, Integer> seen = new HashMap<>();
    int[] index = {0};
    return node -> {
      int at = index[0]++;
      if (node instanceof ObjectNode) {
        Node idNode = ((ObjectNode) node).fields.get("id");
        if (idNode instanceof ValueNode && ((ValueNode) idNode).token == JsonToken.VALUE_STRING) {
          String id = ((ValueNode) idNode).text;
          Integer first = seen.putIfAbsent(id, at);
          if (first != null) {
            String list = node.path().substring(0, node.path().lastIndexOf('['));
            problem(idNode, "duplicate " + what + " id '" + id + "' (first at " + list + "["
                + first + "].id)");
          }
        }
      }
      return element.read(node);
    };
  }

  /** Records the definition of an id, reporting a duplicate. */
  private void define(Obj o, String field, String id, Map<String, Node> defined, String what) {
    if (id == null) {
      return;
    }
    Node node = o.node.fields.get(field);
    Node first = defined.putIfAbsent(id, node);
    if (first != null) {
      problem(node, "duplicate " + what + " '" + id + "' (first at " + first.path() + ")");
    }
  }

  /**
   * A category id: of a cost category of the programme where spending may be meant, of an
   * {@link IncomeCategory} where income may be meant (or, as datasets written before income
   * categories did, of a cost category declared for it). Where the flow is unknown (its problem
   * is recorded) either kind is accepted, so that no follow-on problem is reported.
   */
  private String category(Obj o, String name, boolean required, boolean income,
      boolean spending) {
    Node n = o.get(name, required);
    String id = id(n);
    if (id == null) {
      return null;
    }
    boolean known = categories.containsKey(id)
        || (income && IncomeCategory.byId(id).isPresent());
    if (!known) {
      if (income && !spending) {
        problem(n, "unknown income category '" + id + "'; expected one of " + INCOME_CATEGORIES
            + " (or a cost category id of the programme, as in earlier datasets: "
            + new TreeSet<>(categories.keySet()) + ")");
      } else {
        checkRef(n, id, categories, "cost category id");
      }
    }
    return id;
  }

  private static final List<String> INCOME_CATEGORIES = java.util.Arrays
      .stream(IncomeCategory.values()).map(IncomeCategory::id).collect(Collectors.toList());

  private void checkRef(Node node, String id, Map<String, Node> known, String what) {
    if (known != null && !known.containsKey(id)) {
      problem(node, "unknown " + what + " '" + id + "'; known: " + new TreeSet<>(known.keySet()));
    }
  }

  private <T> T convert(Node node, Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      problem(node, e.getMessage());
      return null;
    }
  }

  /** Builds a model value, recording the model's invariant violation at the object's path. */
  private <T> T build(Node node, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException e) {
      problem(node, e.getMessage());
      return null;
    }
  }

  private void problem(Node node, String message) {
    problems.add(DatasetProblem.of(node.path(), node.line, node.column, message));
  }

  /** A JSON object being read: remembers the fields asked for, to report the unknown ones. */
  private final class Obj {
    final ObjectNode node;
    // The fields asked for, in the order asked; and how many of them the object has.
    final List<String> expected = new ArrayList<>(8);
    int present;

    Obj(ObjectNode node) {
      this.node = node;
    }

    Node get(String name, boolean required) {
      Node value = node.fields.get(name);
      if (!expected.contains(name)) {
        expected.add(name);
        if (value != null) {
          present++;
        }
      }
      if (value == null) {
        if (required) {
          problem(node, "missing required field '" + name + "'");
        }
        return null;
      }
      if (value instanceof ValueNode && ((ValueNode) value).token == JsonToken.VALUE_NULL) {
        problem(value, required ? "'" + name + "' must not be null"
            : "'" + name + "' must not be null; leave the field out when it has no value");
        return null;
      }
      return value;
    }

    void done() {
      if (present == node.fields.size()) {
        return; // every field was asked for (each is asked for once)
      }
      for (Map.Entry<String, Node> field : node.fields.entrySet()) {
        if (!expected.contains(field.getKey())) {
          // Once per path pattern and name, with a count: a million lines with one unknown
          // field are one problem, not a million.
          String pattern = INDEX.matcher(field.getValue().path()).replaceAll("[*]");
          int[] seen = unknownFields.get(pattern);
          if (seen == null) {
            unknownFields.put(pattern, new int[] {problems.size(), 1});
            problem(field.getValue(), "unknown field '" + field.getKey() + "'; expected one of "
                + expected);
          } else {
            seen[1]++;
          }
        }
      }
    }

    String string(String name) {
      return DatasetReader.this.string(get(name, true));
    }

    Optional<String> optString(String name) {
      return Optional.ofNullable(DatasetReader.this.string(get(name, false)));
    }

    String id(String name) {
      return DatasetReader.this.id(get(name, true));
    }

    Optional<String> optId(String name) {
      return Optional.ofNullable(DatasetReader.this.id(get(name, false)));
    }

    Integer year(String name) {
      return DatasetReader.this.year(get(name, true));
    }

    Optional<Integer> optYear(String name) {
      return Optional.ofNullable(DatasetReader.this.year(get(name, false)));
    }

    Boolean bool(String name) {
      return DatasetReader.this.bool(get(name, true));
    }

    Money money(String name) {
      return DatasetReader.this.money(get(name, true));
    }

    Optional<Money> optMoney(String name) {
      return Optional.ofNullable(DatasetReader.this.money(get(name, false)));
    }

    BigDecimal decimal(String name) {
      return DatasetReader.this.decimal(get(name, true));
    }

    LocalizedText text(String name) {
      return DatasetReader.this.text(get(name, true));
    }

    Optional<LocalizedText> optText(String name) {
      return Optional.ofNullable(DatasetReader.this.text(get(name, false)));
    }

    <E extends Enum<E>> E constant(String name, Class<E> type) {
      return DatasetReader.this.constant(get(name, true), type);
    }

    String ref(String name, Map<String, Node> known, String what) {
      Node n = get(name, true);
      String id = DatasetReader.this.id(n);
      if (id != null) {
        checkRef(n, id, known, what);
      }
      return id;
    }

    Optional<String> optRef(String name, Map<String, Node> known, String what) {
      Node n = get(name, false);
      String id = DatasetReader.this.id(n);
      if (id != null) {
        checkRef(n, id, known, what);
      }
      return Optional.ofNullable(id);
    }

    /** A list of ids, each known (when {@code known} is not null) and none repeated. */
    List<String> refs(String name, Map<String, Node> known, String what) {
      Map<String, Node> seen = new HashMap<>();
      return list(get(name, true), n -> {
        String id = DatasetReader.this.id(n);
        if (id != null) {
          checkRef(n, id, known, what);
          Node first = seen.putIfAbsent(id, n);
          if (first != null) {
            problem(n, "duplicate " + what + " '" + id + "' (first at " + first.path() + ")");
          }
        }
        return id;
      });
    }
  }
}
