package nl.dutchtechzone.reporting.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A small tree of the JSON input, built with Jackson's streaming parser, that remembers the path,
 * line and column of every value, so that the reader can check fields in any order and report
 * every problem with its position.
 *
 * <p>The tree is no second copy of a large document: through {@link Hooks} the reader maps the
 * items of long arrays (budget lines) to model values as soon as each item is parsed, and the
 * array keeps only those values.
 */
final class JsonTree {

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonTree() {}

  /**
   * A JSON value with its place in the input. The path is made only when asked for (for a
   * problem): a node knows its parent and its key or index.
   */
  abstract static class Node {
    private final Node parent;
    private final String key;
    private final int index;
    private String path;
    final int line;
    final int column;

    Node(Node parent, String key, int index, JsonLocation location) {
      this.parent = parent;
      this.key = key;
      this.index = index;
      this.line = Math.max(1, location.getLineNr());
      this.column = Math.max(1, location.getColumnNr());
    }

    /** The parent, or null for the root. */
    Node parent() {
      return parent;
    }

    /** The field name under which this value is in its parent object, or null. */
    String key() {
      return key;
    }

    /** The JSON path: {@code $}, {@code $.a.b[2]}, {@code $['odd key']}. */
    String path() {
      if (path == null) {
        path = parent == null ? "$"
            : key != null ? child(parent.path(), key) : parent.path() + "[" + index + "]";
      }
      return path;
    }

    /** The JSON type, as used in messages: object, array, string, number, boolean, null. */
    abstract String type();
  }

  /** A JSON object; fields in input order. */
  static final class ObjectNode extends Node {
    final Map<String, Node> fields = new LinkedHashMap<>();

    ObjectNode(Node parent, String key, int index, JsonLocation location) {
      super(parent, key, index, location);
    }

    @Override
    String type() {
      return "an object";
    }
  }

  /** A JSON array: its items, or the values they were mapped to while parsing. */
  static final class ArrayNode extends Node {
    final List<Node> items = new ArrayList<>();
    /** The model values of the items mapped while parsing (items is then empty), or null. */
    List<Object> mapped;
    /** How many problems mapping the items recorded. */
    int mappedProblems;

    ArrayNode(Node parent, String key, int index, JsonLocation location) {
      super(parent, key, index, location);
    }

    @Override
    String type() {
      return "an array";
    }
  }

  /** A scalar: string, number, boolean or null, with its token and text. */
  static final class ValueNode extends Node {
    final JsonToken token;
    final String text;

    ValueNode(Node parent, String key, int index, JsonLocation location, JsonToken token,
        String text) {
      super(parent, key, index, location);
      this.token = token;
      this.text = text;
    }

    @Override
    String type() {
      switch (token) {
        case VALUE_STRING:
          return "a string";
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "a number";
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "a boolean";
        default:
          return "null";
      }
    }
  }

  /** What the reader does while the tree is built. */
  interface Hooks {
    /** Keeps every item, maps nothing early. */
    Hooks NONE = new Hooks() {
      @Override
      public Function<Node, Object> itemMapper(ArrayNode array) {
        return null;
      }

      @Override
      public void rootField(String key, Node value) {}
    };

    /**
     * How to map the items of an array as they are parsed (a null result is dropped: its
     * problems are recorded), or null to keep the items in the tree. The array's items are not
     * yet parsed; its path and parents are known.
     */
    Function<Node, Object> itemMapper(ArrayNode array);

    /** Called when the value of a field of the root object has been parsed. */
    void rootField(String key, Node value);
  }

  /**
   * Reads one JSON value and checks that nothing but white space follows. Duplicate keys are
   * reported to {@code problems} (the first occurrence is kept); malformed JSON is thrown as
   * Jackson's exception.
   */
  static Node parse(JsonParser parser, List<DatasetProblem> problems) throws IOException {
    return parse(parser, problems, Hooks.NONE);
  }

  /** As {@link #parse(JsonParser, List)}, with the reader's hooks. */
  static Node parse(JsonParser parser, List<DatasetProblem> problems, Hooks hooks)
      throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw new DatasetException(List.of(DatasetProblem.of("$", 1, 1,
          "the input is empty; expected a JSON object with \"dtzFormat\": "
              + JsonDatasets.FORMAT_VERSION)));
    }
    Node root = value(parser, null, null, 0, problems, hooks);
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      JsonLocation at = parser.currentTokenLocation();
      throw new DatasetException(List.of(DatasetProblem.of("$", Math.max(1, at.getLineNr()),
          Math.max(1, at.getColumnNr()),
          "unexpected content after the end of the dataset; expected one JSON object only")));
    }
    return root;
  }

  private static Node value(JsonParser p, Node parent, String key, int position,
      List<DatasetProblem> problems, Hooks hooks) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT: {
        ObjectNode node = new ObjectNode(parent, key, position, at);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation keyAt = p.currentTokenLocation();
          p.nextToken();
          Node child = value(p, node, name, 0, problems, hooks);
          if (node.fields.containsKey(name)) {
            problems.add(DatasetProblem.of(child.path(), Math.max(1, keyAt.getLineNr()),
                Math.max(1, keyAt.getColumnNr()),
                "duplicate field '" + name + "'; each field may occur only once"));
          } else {
            node.fields.put(name, child);
            if (parent == null) {
              hooks.rootField(name, child);
            }
          }
        }
        return node;
      }
      case START_ARRAY: {
        ArrayNode node = new ArrayNode(parent, key, position, at);
        Function<Node, Object> mapper = hooks.itemMapper(node);
        if (mapper != null) {
          node.mapped = new ArrayList<>();
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          Node item = value(p, node, null, index, problems, hooks);
          if (mapper == null) {
            node.items.add(item);
          } else {
            int before = problems.size();
            Object value = mapper.apply(item);
            node.mappedProblems += problems.size() - before;
            if (value != null) {
              node.mapped.add(value);
            }
          }
          index++;
        }
        return node;
      }
      default:
        return new ValueNode(parent, key, position, at, token,
            token == JsonToken.VALUE_NULL ? null : p.getText());
    }
  }

  /** The path of a field: {@code $.a.b}, or {@code $['odd key']} for keys that need quoting. */
  static String child(String path, String key) {
    if (PLAIN_KEY.matcher(key).matches()) {
      return path + "." + key;
    }
    return path + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }
}
