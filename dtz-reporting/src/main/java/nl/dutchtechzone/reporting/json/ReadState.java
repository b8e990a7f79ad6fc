package nl.dutchtechzone.reporting.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What one read of a dataset has found so far: the problems (each with its JSON path, line and
 * column), the unknown fields counted once per path pattern, and the reference checks
 * ({@link DatasetReferences.Checker}). The deserializers of {@link DatasetModule} find it as an
 * attribute of Jackson's {@link DeserializationContext}. One instance serves one read.
 */
final class ReadState implements DatasetReferences.Sink {

  /** The key of this state among the attributes of the deserialization context. */
  static final Object KEY = ReadState.class;

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern INDEX = Pattern.compile("\\[[0-9]+]");
  /** How many distinct reference ids a read keeps: far more than a dataset names. */
  private static final int KEPT = 4096;

  private final List<DatasetProblem> problems = new ArrayList<>();
  // Unknown fields: one problem per path pattern and name ($.a[*].b), with a count of the rest.
  private final Map<String, int[]> unknownFields = new HashMap<>();
  final DatasetReferences.Checker references = new DatasetReferences.Checker(this);
  /** The attribute whose value is being read, for the reference checks of the value. */
  String attribute = "";
  /**
   * The valid reference ids read so far, each kept once (at most {@link #KEPT}): an open-addressing
   * table at most half full, looked up by the characters under the parser, so that a reference
   * already kept costs no string.
   */
  private String @Nullable [] kept;
  /** The characters of each kept id, in the same slots. */
  private char @Nullable [] @Nullable [] keptChars;
  private int keptCount;

  /** The state of the read that the context serves. */
  static ReadState of(DeserializationContext ctxt) {
    Object state = ctxt.getAttribute(KEY);
    if (!(state instanceof ReadState)) {
      throw new IllegalStateException("datasets are read through JsonDatasets.read only");
    }
    return (ReadState) state;
  }

  /**
   * The instance kept of a reference id equal to the characters {@code text[offset, offset +
   * length)}, or null if none is kept.
   */
  @Nullable String canonical(char[] text, int offset, int length) {
    String[] table = kept;
    char[][] chars = keptChars;
    if (table == null || chars == null) {
      return null;
    }
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + text[i];
    }
    int mask = table.length - 1;
    for (int slot = spread(h) & mask; table[slot] != null; slot = (slot + 1) & mask) {
      char[] c = chars[slot];
      if (c.length == length && Leaves.same(c, text, offset)) {
        return table[slot];
      }
    }
    return null;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** Keeps a valid reference id (unless {@link #KEPT} are kept already). */
  void keep(String id) {
    if (keptCount >= KEPT) {
      return;
    }
    if (kept == null) {
      kept = new String[2 * KEPT];
      keptChars = new char[2 * KEPT][];
    }
    String[] table = kept;
    int mask = table.length - 1;
    int slot = spread(id.hashCode()) & mask;
    while (table[slot] != null) {
      if (table[slot].equals(id)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = id;
    keptChars[slot] = id.toCharArray();
    keptCount++;
  }

  /** How many problems were recorded so far. */
  int count() {
    return problems.size();
  }

  /** Records a problem at the parser's current token. */
  void problem(JsonParser p, ProblemText message) {
    problems.add(at(p, message));
  }

  /** A problem at the parser's current token. */
  static DatasetProblem at(JsonParser p, ProblemText message) {
    return DatasetProblem.of(path(p), Math.max(1, line(p)), Math.max(1, column(p)), message);
  }

  /**
   * Whether {@link ParserBase}'s token line and column, read without making a {@link
   * JsonLocation}, agree with {@link JsonParser#currentTokenLocation()} for the value tokens of
   * the parsers this reader uses: checked once, on a sample with line breaks of both kinds,
   * multi-byte characters and nesting, read from bytes and from a stream. A Jackson version on
   * which they differ gets the locations made per token, with the same result.
   */
  static final boolean FAST_POSITIONS = positionsAgree();

  private static boolean positionsAgree() {
    byte[] sample = ("{\"a\": [1, {\"b\": \"\u00fc\u20ac\ud83d\ude00\"}],\r\n  \"c\":\n"
        + "\t[true, null, -2.5, \"x\\\"y\"], \"d\": {}}").getBytes(StandardCharsets.UTF_8);
    JsonFactory factory = JsonSupport.FACTORY;
    try (JsonParser bytes = factory.createParser(sample);
        JsonParser stream = factory.createParser(new ByteArrayInputStream(sample))) {
      return agree(bytes) && agree(stream);
    } catch (IOException e) {
      throw new UncheckedIOException("the position sample is valid JSON", e);
    }
  }

  private static boolean agree(JsonParser p) throws IOException {
    if (!(p instanceof ParserBase)) {
      return false;
    }
    int tokens = 0;
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      if (t == JsonToken.FIELD_NAME) {
        continue;
      }
      JsonLocation at = p.currentTokenLocation();
      ParserBase base = (ParserBase) p;
      if (at.getLineNr() != base.getTokenLineNr()
          || at.getColumnNr() != base.getTokenColumnNr() - 1) {
        return false;
      }
      tokens++;
    }
    return tokens == 16;
  }

  /** Whether the current token's position may be read from {@link ParserBase}. */
  private static boolean fast(JsonParser p) {
    JsonToken token = p.currentToken();
    return FAST_POSITIONS && token != null && token != JsonToken.FIELD_NAME
        && p instanceof ParserBase;
  }

  /** The line of the current token. */
  static int line(JsonParser p) {
    if (fast(p)) {
      return ((ParserBase) p).getTokenLineNr();
    }
    return p.currentTokenLocation().getLineNr();
  }

  /** The column of the current token. */
  static int column(JsonParser p) {
    if (fast(p)) {
      // ParserBase counts one more than the location it makes: checked in FAST_POSITIONS.
      return ((ParserBase) p).getTokenColumnNr() - 1;
    }
    return p.currentTokenLocation().getColumnNr();
  }

  /** The JSON path of the parser's current token (of the array itself at its start). */
  static String path(JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    if (p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT) {
      context = context.getParent();
    }
    return path(context);
  }

  @Override
  public void add(String path, int line, int column, ProblemText message) {
    problems.add(DatasetProblem.of(path, Math.max(1, line), Math.max(1, column), message));
  }

  @Override
  public void annotate(String path, int line, int column, ProblemText note) {
    for (int i = 0; i < problems.size(); i++) {
      DatasetProblem p = problems.get(i);
      if (p.path().equals(path) && p.line() == Math.max(1, line)
          && p.column() == Math.max(1, column)) {
        problems.set(i, p.followedBy(note));
        return;
      }
    }
  }

  /**
   * Records an unknown field once per path pattern and name; the value is under the parser.
   *
   * @param expected the fields the object may have, in order
   */
  void unknownField(JsonParser p, String name, List<String> expected) {
    String path = path(p);
    String pattern = INDEX.matcher(path).replaceAll("[*]");
    int[] seen = unknownFields.get(pattern);
    if (seen == null) {
      unknownFields.put(pattern, new int[] {problems.size(), 1});
      problem(p, ProblemText.of("field.unknown", name, expected));
    } else {
      // A million lines with one unknown field are one problem, not a million.
      seen[1]++;
    }
  }

  /** Every problem, sorted by position, or null when there is none. */
  @Nullable DatasetException failure() {
    references.end();
    unknownFields.forEach((pattern, seen) -> {
      if (seen[1] > 1) {
        problems.set(seen[0], problems.get(seen[0]).followedBy(
            ProblemText.of("field.more", seen[1] - 1, pattern)));
      }
    });
    unknownFields.clear();
    if (problems.isEmpty()) {
      return null;
    }
    return new DatasetException(problems.stream()
        .sorted(Comparator.comparingInt(DatasetProblem::line)
            .thenComparingInt(DatasetProblem::column))
        .collect(Collectors.toList()));
  }

  /** The JSON path of the parser's position: {@code $}, {@code $.a.b[2]}, {@code $['odd']}. */
  static String path(JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add(0, child("", c.getCurrentName()));
      }
    }
    return "$" + String.join("", parts);
  }

  /** The path of a field: {@code $.a.b}, or {@code $['odd key']} for keys that need quoting. */
  static String child(String path, String key) {
    if (PLAIN_KEY.matcher(key).matches()) {
      return path + "." + key;
    }
    return path + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The JSON type of a token, as a message key's end: object, string, null. */
  private static String type(@Nullable JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      default:
        return "null";
    }
  }

  /** What was found instead, by JSON type: {@code , got a string}. */
  static ProblemText got(@Nullable JsonToken token) {
    return ProblemText.of("got." + type(token));
  }

  /** What was found instead, with the text of a scalar: {@code , got a string (2023)}. */
  static ProblemText describe(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
      return ProblemText.of("got." + type(token) + ".text", p.getText());
    }
    return got(token);
  }
}
