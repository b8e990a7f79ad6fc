package nl.dutchtechzone.reporting.cbs;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.Provenance;
import nl.dutchtechzone.reporting.cbs.CbsException.At;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads inhabitant figures from CBS downloads for the municipalities of a programme.
 *
 * <p>Three shapes are read (see {@code docs/inhabitant-figures.md} for examples):
 *
 * <ul>
 *   <li>the OData v3 {@code TypedDataSet} JSON of table {@code 03759ned}: only rows with the
 *       three totals ({@code Geslacht} {@code T001038}, {@code Leeftijd} {@code 10000}, {@code
 *       BurgerlijkeStaat} {@code T001019}) count, the measure is {@code BevolkingOp1Januari_1}
 *       and the period {@code 2021JJ00} is 1 January 2021;
 *   <li>the same for table {@code 37230ned}, where the measure {@code
 *       BevolkingAanHetBeginVanDePeriode_1} of period {@code 2023MM01} is 1 January 2023 and other
 *       periods are skipped;
 *   <li>StatLine's CSV download of either table: {@code ;}-separated, quoted, Dutch headers, the
 *       region as a name and/or a code, the period title marked {@code *} (provisional) or
 *       {@code **} (revised provisional), unmarked final.
 * </ul>
 *
 * <p>The status of a TypedDataSet's periods comes from the {@code Perioden} file of the same
 * table ({@link #readPerioden}); without it, the caller must give a status explicitly. The
 * table comes from the {@code odata.metadata} URL, which must precede the {@code value} array.
 * Regions other than municipalities are skipped, municipalities outside the programme are
 * skipped and counted in the {@linkplain CbsFigures#note() note}, never charged. Everything else
 * that does not fit is a {@link CbsException} naming the file, the row and the field.
 *
 * <p>JSON is streamed: memory does not grow with the number of rows skipped, only with the
 * figures kept. The retrieval date is passed in; nothing reads a clock.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CbsReader {

  /** Table 03759ned: population on 1 January by sex, age, marital status and region. */
  public static final String POPULATION_1_JANUARY = "03759ned";

  /** Table 37230ned: population development per month and region. */
  public static final String POPULATION_PER_MONTH = "37230ned";

  static final String MEASURE_03759 = "BevolkingOp1Januari_1";
  static final String MEASURE_37230 = "BevolkingAanHetBeginVanDePeriode_1";
  static final String TOTAL_SEX = "T001038";
  static final String TOTAL_AGE = "10000";
  static final String TOTAL_MARITAL = "T001019";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();
  private static final Pattern METADATA_TABLE =
      Pattern.compile(".*/([0-9A-Za-z]+)/\\$metadata(#.*)?");
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})([A-Z]{2}|X0)(\\d{2})");
  private static final Pattern GM = Pattern.compile("GM\\d{4}");
  private static final Pattern OTHER_REGION = Pattern.compile("[A-Z]{2}\\d{2,8}");
  private static final Pattern CSV_PERIOD =
      Pattern.compile("(\\d{4})(?: ([a-z]+))?\\s*(\\*{0,2})");
  private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april",
      "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december");

  private final Map<MunicipalityCode, String> names;
  private final Map<String, MunicipalityCode> byName;

  private CbsReader(Map<MunicipalityCode, String> names, Map<String, MunicipalityCode> byName) {
    this.names = names;
    this.byName = byName;
  }

  /**
   * A reader for the figures of the given municipalities.
   *
   * @param municipalities the programme's municipalities (members and successors), not null, each
   *     with a CBS code, codes and names unique
   * @return the reader
   * @throws IllegalArgumentException if a partner has no CBS code or a code or name occurs twice
   */
  public static CbsReader of(Collection<Partner> municipalities) {
    requireNonNull(municipalities, "municipalities");
    Map<MunicipalityCode, String> names = new LinkedHashMap<>();
    Map<String, MunicipalityCode> byName = new HashMap<>();
    for (Partner p : municipalities) {
      requireNonNull(p, "municipalities element");
      MunicipalityCode code = p.cbsCode().orElseThrow(() -> new IllegalArgumentException(
          "partner '" + p.id() + "' has no CBS code; CBS figures exist for municipalities only"));
      if (names.put(code, p.name()) != null) {
        throw new IllegalArgumentException("municipality code " + code + " occurs twice");
      }
      if (byName.put(p.name().toLowerCase(Locale.ROOT), code) != null) {
        throw new IllegalArgumentException("municipality name '" + p.name() + "' occurs twice");
      }
    }
    return new CbsReader(Map.copyOf(names), Map.copyOf(byName));
  }

  /**
   * Reads a file by its kind: a {@code .json} file as an OData TypedDataSet, with the {@code
   * Perioden} file {@code <name>.Perioden.json} next to it if that exists; a {@code .csv} file as
   * a StatLine download.
   *
   * @param file the file, not null
   * @param retrieved the day the file was retrieved from CBS, not null
   * @param status the status of every period, for a TypedDataSet without a Perioden file; not
   *     null; ignored where the file carries its statuses
   * @return the figures
   * @throws CbsException if the file is not a CBS download dtz can read, naming the place
   * @throws IOException if the file cannot be read
   */
  public CbsFigures read(Path file, LocalDate retrieved, Optional<FigureStatus> status)
      throws IOException {
    requireNonNull(file, "file");
    requireNonNull(retrieved, "retrieved");
    requireNonNull(status, "status");
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A folder, a FIFO (opening it waited for ever), a device such as /dev/zero: no download.
      throw new CbsException(file.toString(), At.fileName(), "", "notAFile");
    }
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".csv")) {
      try (Reader in = new InputStreamReader(Files.newInputStream(file),
          StandardCharsets.UTF_8)) {
        return readStatLineCsv(in, file.toString(), retrieved);
      }
    }
    if (!lower.endsWith(".json")) {
      throw new CbsException(file.toString(), At.fileName(), "", "fileType");
    }
    Path perioden = file.resolveSibling(name.substring(0, name.length() - 5) + ".Perioden.json");
    Map<String, FigureStatus> statuses = Map.of();
    boolean hasPerioden = Files.isRegularFile(perioden);
    if (hasPerioden) {
      try (InputStream in = Files.newInputStream(perioden)) {
        statuses = readPerioden(in, perioden.toString());
      }
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return readTypedDataSet(in, file.toString(), statuses,
          hasPerioden ? Optional.empty() : status, retrieved,
          hasPerioden ? "" : String.valueOf(perioden.getFileName()));
    }
  }

  /**
   * Reads the {@code Perioden} dimension file of an OData v3 table: each period's key and status.
   *
   * @param in the JSON, not null, not closed
   * @param file the file name for messages, not null
   * @return period key (such as {@code 2021JJ00}) to status
   * @throws CbsException naming the file, JSON path and field of a bad entry (missing key,
   *     unknown status, duplicate key)
   * @throws IOException if the stream cannot be read
   */
  public static Map<String, FigureStatus> readPerioden(InputStream in, String file)
      throws IOException {
    requireNonNull(in, "in");
    requireNonNull(file, "file");
    Map<String, FigureStatus> statuses = new LinkedHashMap<>();
    try (JsonParser p = FACTORY.createParser(in)) {
      readPerioden(p, file, statuses);
    } catch (JsonProcessingException e) {
      throw invalid(file, e);
    }
    return Map.copyOf(statuses);
  }

  private static void readPerioden(JsonParser p, String file, Map<String, FigureStatus> statuses)
      throws IOException {
    expectRoot(p, file);
    boolean seenValue = false;
    while (next(p, file) == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = next(p, file);
      if (!field.equals("value")) {
        p.skipChildren();
        continue;
      }
      seenValue = true;
      expectArray(p, t, file, "value");
      int i = 0;
      while (next(p, file) != JsonToken.END_ARRAY) {
        String path = "value[" + i++ + "]";
        if (p.currentToken() != JsonToken.START_OBJECT) {
          throw new CbsException(file, At.path(path), "", "periodObject", got(p));
        }
        String key = null;
        String status = null;
        while (next(p, file) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken v = next(p, file);
          if (name.equals("Key") || name.equals("Status")) {
            if (v != JsonToken.VALUE_STRING) {
              throw new CbsException(file, At.path(path), name, "string", v);
            }
            if (name.equals("Key")) {
              key = p.getText().trim();
            } else {
              status = p.getText().trim();
            }
          } else {
            p.skipChildren();
          }
        }
        if (key == null) {
          throw new CbsException(file, At.path(path), "Key", "missing");
        }
        if (status == null) {
          throw new CbsException(file, At.path(path), "Status", "statusMissing", key);
        }
        if (statuses.put(key, status(status, file, path)) != null) {
          throw new CbsException(file, At.path(path), "Key", "periodTwice", key);
        }
      }
    }
    if (!seenValue) {
      throw new CbsException(file, At.path("$"), "value", "periodsMissing");
    }
  }

  private static FigureStatus status(String text, String file, String path)
      throws CbsException {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "definitief":
        return FigureStatus.FINAL;
      case "voorlopig":
        return FigureStatus.PROVISIONAL;
      case "nader voorlopig":
        return FigureStatus.REVISED_PROVISIONAL;
      default:
        throw new CbsException(file, At.path(path), "Status", "unknownStatus", text);
    }
  }

  /**
   * Reads an OData v3 {@code TypedDataSet} of table 03759ned or 37230ned.
   *
   * @param in the JSON, not null, not closed
   * @param file the file name for messages and provenance, not null
   * @param periodStatuses the status of each period, from {@link #readPerioden}; not null, may be
   *     empty if {@code status} is given
   * @param status the status of periods not in {@code periodStatuses}, not null; empty to
   *     require every period there
   * @param retrieved the day the file was retrieved, not null
   * @return the figures
   * @throws CbsException naming the file, the JSON path and the field of the first problem
   * @throws IOException if the stream cannot be read
   */
  public CbsFigures readTypedDataSet(InputStream in, String file,
      Map<String, FigureStatus> periodStatuses, Optional<FigureStatus> status,
      LocalDate retrieved) throws IOException {
    return readTypedDataSet(in, file, periodStatuses, status, retrieved, "");
  }

  private CbsFigures readTypedDataSet(InputStream in, String file,
      Map<String, FigureStatus> periodStatuses, Optional<FigureStatus> status,
      LocalDate retrieved, String hint) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(file, "file");
    requireNonNull(periodStatuses, "periodStatuses");
    requireNonNull(status, "status");
    requireNonNull(retrieved, "retrieved");
    Rows rows = null;
    try (JsonParser p = FACTORY.createParser(in)) {
      expectRoot(p, file);
      String table = null;
      while (next(p, file) == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = next(p, file);
        switch (field) {
          case "odata.metadata":
            if (t != JsonToken.VALUE_STRING) {
              throw new CbsException(file, At.path("$"), field, "metadataUrl", got(p));
            }
            table = table(p.getText(), file);
            break;
          case "value":
            if (table == null) {
              throw new CbsException(file, At.path("$"), "odata.metadata", "metadataMissing");
            }
            expectArray(p, t, file, "value");
            rows = new Rows(file, table, periodStatuses, status, retrieved, hint);
            try {
              rows.read(p);
            } catch (JsonProcessingException e) {
              throw invalid(file, e);
            }
            break;
          case "odata.nextLink":
            throw new CbsException(file, At.path("$"), field, "onePage", p.getText());
          default:
            p.skipChildren();
        }
      }
      expectEnd(p, file);
    }
    if (rows == null) {
      throw new CbsException(file, At.path("$"), "value", "rowsMissing");
    }
    return rows.result();
  }

  private static String table(String url, String file) throws CbsException {
    Matcher m = METADATA_TABLE.matcher(url.trim());
    String table = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    if (!POPULATION_1_JANUARY.equals(table) && !POPULATION_PER_MONTH.equals(table)) {
      throw new CbsException(file, At.path("$"), "odata.metadata",
          table == null ? "unknownTable.url" : "unknownTable.id", table == null ? url : table,
          POPULATION_1_JANUARY, POPULATION_PER_MONTH);
    }
    return table;
  }

  /**
   * The parser's current token as JSON shows it, the same in every language: {@code [}, {@code
   * {}, {@code true}, a number as written, a string or field name quoted and shortened to 40
   * characters (Jackson's names such as {@code START_ARRAY} mean nothing to an operator).
   */
  private static String got(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    return got(t, t != null && (t.isScalarValue() || t == JsonToken.FIELD_NAME)
        ? p.getText() : "");
  }

  private static String got(JsonToken t, String text) {
    switch (requireNonNull(t, "token")) {
      case START_ARRAY:
        return "[";
      case END_ARRAY:
        return "]";
      case START_OBJECT:
        return "{";
      case END_OBJECT:
        return "}";
      case VALUE_STRING:
      case FIELD_NAME:
        String shown = text.codePointCount(0, text.length()) > 40
            ? text.substring(0, text.offsetByCodePoints(0, 40)) + "..." : text;
        return "\"" + shown + "\"" + (t == JsonToken.FIELD_NAME ? ":" : "");
      default:
        return text.isEmpty() ? t.asString() == null ? t.name() : t.asString() : text;
    }
  }

  /** Nothing but white space may follow the root object: a file holds one JSON value. */
  private static void expectEnd(JsonParser p, String file) throws IOException {
    JsonToken after;
    try {
      after = p.nextToken();
    } catch (JsonProcessingException e) {
      throw invalid(file, e);
    }
    if (after != null) {
      throw new CbsException(file, At.line(p.currentTokenLocation().getLineNr(),
          p.currentTokenLocation().getColumnNr()), "", "trailing");
    }
  }

  private static void expectRoot(JsonParser p, String file) throws IOException {
    if (next(p, file) != JsonToken.START_OBJECT) {
      throw new CbsException(file, At.path("$"), "", "object", got(p));
    }
  }

  private static void expectArray(JsonParser p, JsonToken t, String file, String field)
      throws IOException {
    if (t != JsonToken.START_ARRAY) {
      throw new CbsException(file, At.path("$"), field, "array", got(p));
    }
  }

  private static JsonToken next(JsonParser p, String file) throws IOException {
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new CbsException(file, At.line(p.currentLocation().getLineNr()), "",
            "endOfFile");
      }
      return t;
    } catch (JsonProcessingException e) {
      throw invalid(file, e);
    }
  }

  private static CbsException invalid(String file, JsonProcessingException e) {
    At at = e.getLocation() == null ? At.path("$")
        : At.line(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
    return new CbsException(file, at, "", "json", e.getOriginalMessage());
  }

  /** What a region code of a TypedDataSet is, decided once per distinct code. */
  private static final class Region {
    static final int PROGRAMME = 0;
    static final int SKIPPED = 1;
    static final int OTHER = 2;
    final String code;
    final int kind;
    final MunicipalityCode municipality;
    long rows;

    Region(String code, int kind, MunicipalityCode municipality) {
      this.code = code;
      this.kind = kind;
      this.municipality = municipality;
    }
  }

  /** A period code of a TypedDataSet, decided once per distinct code. */
  private static final class Period {
    final String code;
    /** The year of the 1 January figure, -1 for another period of 37230ned. */
    final int year;

    Period(String code, int year) {
      this.code = code;
      this.year = year;
    }
  }

  /** The rows of one TypedDataSet, read one at a time without copying the texts of a row. */
  private final class Rows {
    private final String file;
    private final String table;
    private final boolean perMonth;
    private final String measure;
    private final Map<String, FigureStatus> periodStatuses;
    private final Optional<FigureStatus> status;
    private final LocalDate retrieved;
    private final String hint;
    private final List<InhabitantFigure> figures = new ArrayList<>();
    private final Map<String, Integer> firstRow = new HashMap<>();
    private final TextTable<Region> regions = new TextTable<>();
    private final TextTable<Period> periods = new TextTable<>();
    private final List<String> withoutFigure = new ArrayList<>();
    private long count;
    private long otherRegions;
    private long other;
    private long programmeRows;
    private long totalsRows;

    Rows(String file, String table, Map<String, FigureStatus> periodStatuses,
        Optional<FigureStatus> status, LocalDate retrieved, String hint) {
      this.file = file;
      this.table = table;
      this.perMonth = table.equals(POPULATION_PER_MONTH);
      this.measure = perMonth ? MEASURE_37230 : MEASURE_03759;
      this.periodStatuses = periodStatuses;
      this.status = status;
      this.retrieved = retrieved;
      this.hint = hint;
    }

    void read(JsonParser p) throws IOException {
      int i = 0;
      while (next(p, file) != JsonToken.END_ARRAY) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          throw new CbsException(file, path(i), "", "rowObject", got(p));
        }
        row(p, i++);
      }
      if (!perMonth && programmeRows > 0 && totalsRows == 0) {
        throw new CbsException(file, At.path("value"), "Geslacht", "noTotals", TOTAL_SEX,
            TOTAL_AGE, TOTAL_MARITAL);
      }
    }

    private At path(int i) {
      return At.path(pathText(i));
    }

    private String pathText(int i) {
      return "value[" + i + "]";
    }

    private void row(JsonParser p, int i) throws IOException {
      count++;
      Region region = null;
      Period period = null;
      // 0 = field absent, 1 = the total, 2 = another member of the dimension
      int sex = 0;
      int age = 0;
      int marital = 0;
      boolean hasValue = false;
      boolean isNull = false;
      long value = 0;
      JsonToken valueToken = null;
      String valueText = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken t = next(p, file);
        switch (name) {
          case "RegioS":
            string(p, t, i, name);
            region = region(p, i);
            break;
          case "Perioden":
            string(p, t, i, name);
            period = period(p, i);
            break;
          case "Geslacht":
            string(p, t, i, name);
            sex = is(p, TOTAL_SEX) ? 1 : 2;
            break;
          case "Leeftijd":
            string(p, t, i, name);
            age = is(p, TOTAL_AGE) ? 1 : 2;
            break;
          case "BurgerlijkeStaat":
            string(p, t, i, name);
            marital = is(p, TOTAL_MARITAL) ? 1 : 2;
            break;
          default:
            if (name.equals(measure)) {
              hasValue = true;
              valueToken = t;
              if (t == JsonToken.VALUE_NULL) {
                isNull = true;
              } else if (t == JsonToken.VALUE_NUMBER_INT) {
                value = p.getLongValue();
              } else {
                valueText = t == JsonToken.VALUE_NUMBER_FLOAT ? p.getText() : got(p);
                p.skipChildren();
              }
            } else {
              p.skipChildren();
            }
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw new CbsException(file, path(i), "", "fieldOrEnd", got(p));
      }
      require(region != null, i, "RegioS");
      require(period != null, i, "Perioden");
      if (!hasValue) {
        throw new CbsException(file, path(i), measure, "measureMissing");
      }
      if (!perMonth) {
        require(sex != 0, i, "Geslacht");
        require(age != 0, i, "Leeftijd");
        require(marital != 0, i, "BurgerlijkeStaat");
      }
      if (region.kind != Region.PROGRAMME) {
        if (region.kind == Region.SKIPPED) {
          region.rows++;
        } else {
          otherRegions++;
        }
        return;
      }
      programmeRows++;
      if (period.year < 0 || (!perMonth && (sex != 1 || age != 1 || marital != 1))) {
        other++;
        return;
      }
      totalsRows++;
      Integer first = firstRow.putIfAbsent(region.code + "|" + period.code, i);
      if (first != null) {
        throw new CbsException(file, path(i), "RegioS", "duplicateRow", region.code,
            period.code, pathText(first));
      }
      if (isNull) {
        withoutFigure.add(region.code + " " + period.code);
        return;
      }
      if (valueToken != JsonToken.VALUE_NUMBER_INT) {
        value = wholeNumber(valueToken, valueText, i);
      }
      if (value < 0) {
        throw new CbsException(file, path(i), measure, "negative", value);
      }
      FigureStatus s = periodStatuses.get(period.code);
      if (s == null) {
        String code = period.code;
        s = status.orElseThrow(() -> hint.isEmpty()
            ? new CbsException(file, path(i), "Perioden", "noStatus", code)
            : new CbsException(file, path(i), "Perioden", "noStatus.noPerioden", code, hint));
      }
      figures.add(InhabitantFigure.fromCbs(region.municipality,
          names.get(region.municipality), LocalDate.of(period.year, 1, 1), value,
          Provenance.of(table, period.code, s, file, retrieved)));
    }

    private long wholeNumber(JsonToken t, String text, int i) throws CbsException {
      if (t == JsonToken.VALUE_NUMBER_FLOAT) {
        BigDecimal d = new BigDecimal(text);
        if (d.signum() >= 0 && d.stripTrailingZeros().scale() <= 0) {
          try {
            return d.longValueExact();
          } catch (ArithmeticException e) {
            throw new CbsException(file, path(i), measure, "tooLarge", text);
          }
        }
      }
      throw new CbsException(file, path(i), measure, "wholeNumber", text == null ? got(t, "") : text);
    }

    /** The region of the current string token, classified on first sight. */
    private Region region(JsonParser p, int i) throws IOException {
      char[] buf = p.getTextCharacters();
      int off = p.getTextOffset();
      int len = p.getTextLength();
      Region r = regions.get(buf, off, len);
      if (r != null) {
        return r;
      }
      String code = new String(buf, off, len).trim();
      if (code.startsWith("GM")) {
        if (!GM.matcher(code).matches()) {
          throw new CbsException(file, path(i), "RegioS", "municipalityCode", code);
        }
        MunicipalityCode m = MunicipalityCode.of(code);
        r = names.containsKey(m) ? new Region(code, Region.PROGRAMME, m)
            : new Region(code, Region.SKIPPED, null);
      } else if (OTHER_REGION.matcher(code).matches()) {
        r = new Region(code, Region.OTHER, null);
      } else {
        throw new CbsException(file, path(i), "RegioS", "regionCode", code);
      }
      regions.put(code, r);
      return r;
    }

    /** The period of the current string token, decided on first sight. */
    private Period period(JsonParser p, int i) throws IOException {
      char[] buf = p.getTextCharacters();
      int off = p.getTextOffset();
      int len = p.getTextLength();
      Period known = periods.get(buf, off, len);
      if (known != null) {
        return known;
      }
      String code = new String(buf, off, len).trim();
      Matcher m = PERIOD.matcher(code);
      if (!m.matches()) {
        throw new CbsException(file, path(i), "Perioden", "periodShape", code);
      }
      String kind = m.group(2);
      String number = m.group(3);
      int year;
      if (!perMonth) {
        if (!kind.equals("JJ") || !number.equals("00")) {
          throw new CbsException(file, path(i), "Perioden", "periodNotYear", code);
        }
        year = Integer.parseInt(m.group(1));
      } else {
        year = kind.equals("MM") && number.equals("01") ? Integer.parseInt(m.group(1)) : -1;
      }
      Period period = new Period(code, year);
      periods.put(code, period);
      return period;
    }

    private void string(JsonParser p, JsonToken t, int i, String field) throws IOException {
      if (t != JsonToken.VALUE_STRING) {
        throw new CbsException(file, path(i), field, "string",
            t.isScalarValue() ? p.getText() : t.toString());
      }
    }

    private void require(boolean present, int i, String field) throws CbsException {
      if (!present) {
        throw new CbsException(file, path(i), field, "missing");
      }
    }

    CbsFigures result() {
      Map<String, Long> skipped = new TreeMap<>();
      regions.forEach(r -> {
        if (r.kind == Region.SKIPPED) {
          skipped.put(r.code, r.rows);
        }
      });
      return ImmutableCbsFigures.builder().file(file).tableId(table).figures(figures)
          .rows(count).skippedMunicipalities(skipped).otherRegionRows(otherRegions)
          .otherRows(other).withoutFigure(withoutFigure).build();
    }
  }

  /** Whether the current string token, without surrounding spaces, equals a constant. */
  private static boolean is(JsonParser p, String constant) throws IOException {
    char[] buf = p.getTextCharacters();
    int off = p.getTextOffset();
    int end = off + p.getTextLength();
    while (off < end && buf[off] == ' ') {
      off++;
    }
    while (end > off && buf[end - 1] == ' ') {
      end--;
    }
    if (end - off != constant.length()) {
      return false;
    }
    for (int k = 0; k < constant.length(); k++) {
      if (buf[off + k] != constant.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads StatLine's CSV download of table 03759ned or 37230ned.
   *
   * <p>Lines of one cell (the title above the table, the source below it) are skipped. The
   * header row is the first with a {@code Perioden} column. The table is told by the measure's
   * column: {@code Bevolking op 1 januari ...} (03759ned) or {@code Bevolking aan het begin van de
   * periode ...} (37230ned). The region is a column whose header contains {@code code} (a CBS
   * code) and/or one whose header starts with {@code Regio} (a name, matched to the programme's
   * names). Columns {@code Geslacht}, {@code Leeftijd} and {@code Burgerlijke staat}, where
   * present, must read {@code Totaal ...} for a row to count.
   *
   * @param in the CSV text, not null, not closed
   * @param file the file name for messages and provenance, not null
   * @param retrieved the day the file was retrieved, not null
   * @return the figures; the status of each from its period's marker
   * @throws CbsException naming the file, the line and the column of the first problem
   * @throws IOException if the text cannot be read
   */
  public CbsFigures readStatLineCsv(Reader in, String file, LocalDate retrieved)
      throws IOException {
    requireNonNull(in, "in");
    requireNonNull(file, "file");
    requireNonNull(retrieved, "retrieved");
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"').get();
    PushbackReader text = new PushbackReader(in, 1);
    int first = text.read();
    if (first >= 0 && first != '\uFEFF') {
      text.unread(first);
    }
    CSVParser parser;
    try {
      parser = CSVParser.builder().setReader(text).setFormat(format).get();
    } catch (IOException | RuntimeException e) {
      throw new CbsException(file, At.line(1), "", "csv.unreadable", e.getMessage());
    }
    Csv csv = new Csv(file, retrieved);
    try {
      for (CSVRecord record : parser) {
        csv.record(record, parser.getCurrentLineNumber());
      }
    } catch (java.io.UncheckedIOException e) {
      throw new CbsException(file, At.line(parser.getCurrentLineNumber()), "", "csv.invalid",
          e.getCause().getMessage());
    }
    return csv.result();
  }

  /** The state of one StatLine CSV read. */
  private final class Csv {
    private final String file;
    private final LocalDate retrieved;
    private List<String> header;
    private String table;
    private int periodCol = -1;
    private int codeCol = -1;
    private int nameCol = -1;
    private int measureCol = -1;
    private final List<Integer> dimensionCols = new ArrayList<>();
    private final List<InhabitantFigure> figures = new ArrayList<>();
    private final Map<String, Long> lines = new HashMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private final List<String> withoutFigure = new ArrayList<>();
    private long count;
    private long otherRegions;
    private long other;

    Csv(String file, LocalDate retrieved) {
      this.file = file;
      this.retrieved = retrieved;
    }

    void record(CSVRecord record, long line) throws CbsException {
      At at = At.line(line);
      if (record.size() == 1) {
        return;
      }
      if (header == null) {
        header(record, at);
        return;
      }
      if (record.size() != header.size()) {
        throw new CbsException(file, at, "", "csv.columns", header.size(), record.size());
      }
      count++;
      MunicipalityCode municipality = region(record, at);
      if (municipality == null) {
        return;
      }
      String periodTitle = record.get(periodCol).trim();
      Matcher m = CSV_PERIOD.matcher(periodTitle);
      if (!m.matches()) {
        throw new CbsException(file, at, header.get(periodCol),
            table.equals(POPULATION_PER_MONTH) ? "csv.periodNotYearOrMonth"
                : "csv.periodNotYear", periodTitle);
      }
      String month = m.group(2);
      if (month != null && !MONTHS.contains(month)) {
        throw new CbsException(file, at, header.get(periodCol), "csv.noMonth", periodTitle);
      }
      boolean perMonth = table.equals(POPULATION_PER_MONTH);
      if (!perMonth && month != null) {
        throw new CbsException(file, at, header.get(periodCol), "csv.periodNotYear",
            periodTitle);
      }
      if (perMonth && !"januari".equals(month)) {
        other++;
        return;
      }
      for (int col : dimensionCols) {
        if (!record.get(col).trim().toLowerCase(Locale.ROOT).startsWith("totaal")) {
          other++;
          return;
        }
      }
      int year = Integer.parseInt(m.group(1));
      String periodCode = year + (perMonth ? "MM01" : "JJ00");
      Long first = lines.putIfAbsent(municipality + "|" + periodCode, line);
      if (first != null) {
        throw new CbsException(file, at, header.get(periodCol), "duplicateRow.line",
            municipality, periodTitle, first);
      }
      String cell = record.get(measureCol).trim();
      if (cell.isEmpty() || cell.equals(".")) {
        withoutFigure.add(municipality + " " + periodCode);
        return;
      }
      if (!cell.matches("\\d{1,18}")) {
        throw new CbsException(file, at, header.get(measureCol), "csv.wholeNumber", cell);
      }
      FigureStatus status = m.group(3).isEmpty() ? FigureStatus.FINAL
          : m.group(3).length() == 1 ? FigureStatus.PROVISIONAL
          : FigureStatus.REVISED_PROVISIONAL;
      figures.add(InhabitantFigure.fromCbs(municipality, names.get(municipality),
          LocalDate.of(year, 1, 1), Long.parseLong(cell),
          Provenance.of(table, periodCode, status, file, retrieved)));
    }

    private MunicipalityCode region(CSVRecord record, At at) throws CbsException {
      if (codeCol >= 0) {
        String code = record.get(codeCol).trim();
        if (code.startsWith("GM")) {
          if (!GM.matcher(code).matches()) {
            throw new CbsException(file, at, header.get(codeCol), "municipalityCode", code);
          }
          MunicipalityCode m = MunicipalityCode.of(code);
          if (!names.containsKey(m)) {
            skipped.merge(code, 1L, Long::sum);
            return null;
          }
          return m;
        }
        if (!OTHER_REGION.matcher(code).matches()) {
          throw new CbsException(file, at, header.get(codeCol), "csv.regionCode", code);
        }
        otherRegions++;
        return null;
      }
      String name = record.get(nameCol).trim();
      if (name.isEmpty()) {
        throw new CbsException(file, at, header.get(nameCol), "csv.regionName");
      }
      MunicipalityCode m = byName.get(name.toLowerCase(Locale.ROOT));
      if (m == null) {
        skipped.merge(name, 1L, Long::sum);
      }
      return m;
    }

    private void header(CSVRecord record, At at) throws CbsException {
      List<String> cells = new ArrayList<>();
      for (String cell : record) {
        cells.add(cell.trim());
      }
      for (int c = 0; c < cells.size(); c++) {
        String h = cells.get(c);
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.equals("perioden")) {
          periodCol = c;
        } else if (lower.startsWith("bevolking op 1 januari")) {
          measureCol = c;
          table = POPULATION_1_JANUARY;
        } else if (lower.startsWith("bevolking aan het begin van de periode")) {
          measureCol = c;
          table = POPULATION_PER_MONTH;
        } else if (lower.contains("code")) {
          codeCol = c;
        } else if (lower.startsWith("regio")) {
          nameCol = c;
        } else if (lower.equals("geslacht") || lower.equals("leeftijd")
            || lower.equals("burgerlijke staat")) {
          dimensionCols.add(c);
        }
      }
      if (periodCol < 0) {
        throw new CbsException(file, at, "Perioden", "csv.noPeriodColumn");
      }
      if (measureCol < 0) {
        throw new CbsException(file, at, "", "csv.unknownTable", POPULATION_1_JANUARY,
            POPULATION_PER_MONTH);
      }
      if (codeCol < 0 && nameCol < 0) {
        throw new CbsException(file, at, "Regio's", "csv.noRegionColumn");
      }
      header = cells;
    }

    CbsFigures result() throws CbsException {
      if (header == null) {
        throw new CbsException(file, At.line(1), "Perioden", "csv.noHeader");
      }
      return ImmutableCbsFigures.builder().file(file).tableId(table).figures(figures)
          .rows(count).skippedMunicipalities(skipped).otherRegionRows(otherRegions)
          .otherRows(other).withoutFigure(withoutFigure).build();
    }
  }
}
