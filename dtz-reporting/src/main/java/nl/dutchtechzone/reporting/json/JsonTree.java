package nl.dutchtechzone.reporting.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small tree of the JSON input, built with Jackson's streaming parser, that remembers the path,
 * line and column of every value, so that the reader can check fields in any order and report
 * every problem with its position.
 */
final class JsonTree {

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonTree() {}

  /** A JSON value with its place in the input. */
  abstract static class Node {
    final String path;
    final int line;
    final int column;

    Node(String path, JsonLocation location) {
      this.path = path;
      this.line = Math.max(1, location.getLineNr());
      this.column = Math.max(1, location.getColumnNr());
    }

    /** The JSON type, as used in messages: object, array, string, number, boolean, null. */
    abstract String type();
  }

  /** A JSON object; fields in input order. */
  static final class ObjectNode extends Node {
    final Map<String, Node> fields = new LinkedHashMap<>();

    ObjectNode(String path, JsonLocation location) {
      super(path, location);
    }

    @Override
    String type() {
      return "an object";
    }
  }

  /** A JSON array. */
  static final class ArrayNode extends Node {
    final List<Node> items = new ArrayList<>();

    ArrayNode(String path, JsonLocation location) {
      super(path, location);
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

    ValueNode(String path, JsonLocation location, JsonToken token, String text) {
      super(path, location);
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

  /**
   * Reads one JSON value and checks that nothing but white space follows. Duplicate keys are
   * reported to {@code problems} (the first occurrence is kept); malformed JSON is thrown as
   * Jackson's exception.
   */
  static Node parse(JsonParser parser, List<DatasetProblem> problems) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw new DatasetException(List.of(DatasetProblem.of("$", 1, 1,
          "the input is empty; expected a JSON object with \"dtzFormat\": "
              + JsonDatasets.FORMAT_VERSION)));
    }
    Node root = value(parser, "$", problems);
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      JsonLocation at = parser.currentTokenLocation();
      throw new DatasetException(List.of(DatasetProblem.of("$", Math.max(1, at.getLineNr()),
          Math.max(1, at.getColumnNr()),
          "unexpected content after the end of the dataset; expected one JSON object only")));
    }
    return root;
  }

  private static Node value(JsonParser p, String path, List<DatasetProblem> problems)
      throws IOException {
    JsonLocation at = p.currentTokenLocation();
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT: {
        ObjectNode node = new ObjectNode(path, at);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonLocation keyAt = p.currentTokenLocation();
          p.nextToken();
          Node child = value(p, child(path, key), problems);
          if (node.fields.containsKey(key)) {
            problems.add(DatasetProblem.of(child(path, key), Math.max(1, keyAt.getLineNr()),
                Math.max(1, keyAt.getColumnNr()),
                "duplicate field '" + key + "'; each field may occur only once"));
          } else {
            node.fields.put(key, child);
          }
        }
        return node;
      }
      case START_ARRAY: {
        ArrayNode node = new ArrayNode(path, at);
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          node.items.add(value(p, path + "[" + index + "]", problems));
          index++;
        }
        return node;
      }
      default:
        return new ValueNode(path, at, token, token == JsonToken.VALUE_NULL ? null : p.getText());
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
