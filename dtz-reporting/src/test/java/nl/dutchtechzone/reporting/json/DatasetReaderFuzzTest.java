package nl.dutchtechzone.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Fuzz-style tests of the JSON dataset reader: thousands of seeded random mutations of the
 * reference dataset (byte edits, token edits, removed members, truncations, odd encodings).
 * Whatever the input, {@link JsonDatasets#read(byte[])} returns a dataset or throws the
 * documented {@link DatasetException} with at least one well-formed problem; never a
 * NullPointerException, ClassCastException, IndexOutOfBoundsException or any other exception.
 * A dataset it does return writes back to JSON that reads to an equal dataset.
 */
class DatasetReaderFuzzTest {

  private static final byte[] REFERENCE = reference();
  private static final String REFERENCE_TEXT = new String(REFERENCE, StandardCharsets.UTF_8);
  private static final List<Token> TOKENS = Token.lex(REFERENCE_TEXT);

  /** Values that a token may be replaced with: other types, limits, odd strings. */
  private static final String[] VALUES = {
    "null", "true", "false", "0", "-0", "1", "-1", "0.5", "-0.01", "1.005", "1e2", "1E-2",
    "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
    "-9223372036854775809", "123456789012345678901234567890", "1e400", "-1e400", "1e-400",
    "1e999999999", "1E-999999999", "0.000000000000000000001", "\"\"", "\" \"", "\"x\"",
    "\"GM0114\"", "\"GM9999\"", "\"emmen\"", "\"dtz\"", "\"2023-01-01\"", "\"2023-02-30\"",
    "\"9999-12-31\"", "\"0000-01-01\"", "\"1899-12-31\"", "\"-1\"", "\"1.005\"", "\"€ 1,00\"", "\"ESTIMATE\"", "\"FINAL\"",
    "\"SPENDING\"", "\"INCOME\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\u202e\"", "\"a\\nb\"",
    "[]", "{}", "[null]", "[{}]", "{\"x\":1}", "[[]]", "[\"x\"]", "[1,2]",
  };

  private static byte[] reference() {
    try (InputStream in = DatasetReaderFuzzTest.class.getClassLoader()
        .getResourceAsStream(JsonDatasets.REFERENCE_RESOURCE)) {
      assertThat(in).as(JsonDatasets.REFERENCE_RESOURCE).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The first failure of each kind: exception class and where it was thrown. */
  private final Map<String, String> failures = new LinkedHashMap<>();
  private int datasets;
  private int rejections;

  private void check(String what, byte[] input) {
    try {
      Dataset dataset = JsonDatasets.read(input);
      assertThat(dataset).isNotNull();
      datasets++;
      Dataset again = JsonDatasets.read(JsonDatasets.toBytes(dataset));
      if (!again.equals(dataset)) {
        failures.putIfAbsent("round trip", what + ": the dataset read back differs");
      }
    } catch (DatasetException e) {
      rejections++;
      if (e.problems().isEmpty() || e.problems().stream().anyMatch(p -> !p.path().startsWith("$")
          || p.line() < 1 || p.column() < 1 || p.message().isBlank())) {
        failures.putIfAbsent("problems", what + ": " + e.problems());
      }
    } catch (RuntimeException | Error | IOException e) {
      StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      failures.putIfAbsent(e.getClass().getName() + " at " + at,
          what + ": " + trace.toString().lines().limit(12).reduce("", (a, b) -> a + "\n" + b));
    }
  }

  private void run(long seed, int cases, BiFunction<Random, StringBuilder, byte[]> mutation) {
    Random random = new Random(seed);
    for (int i = 0; i < cases; i++) {
      StringBuilder description = new StringBuilder("seed " + seed + ", case " + i + ":");
      byte[] input = mutation.apply(random, description);
      check(description.toString(), input);
    }
    assertThat(failures).as("inputs that made the reader fail in an undocumented way")
        .isEmpty();
  }

  @Test
  void theReferenceDatasetReads() {
    check("the reference", REFERENCE);
    assertThat(failures).isEmpty();
    assertThat(datasets).isEqualTo(1);
  }

  @Test
  void randomByteEditsGiveADatasetOrADatasetException() {
    run(1001, 3000, (random, d) -> {
      byte[] bytes = REFERENCE.clone();
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(bytes.length);
        switch (random.nextInt(4)) {
          case 0:
            bytes[at] ^= (byte) (1 << random.nextInt(8));
            d.append(" flip@").append(at);
            break;
          case 1:
            bytes[at] = (byte) random.nextInt(256);
            d.append(" set@").append(at);
            break;
          case 2:
            bytes = insert(bytes, at, new byte[] {(byte) random.nextInt(256)});
            d.append(" insert@").append(at);
            break;
          default:
            int length = Math.min(1 + random.nextInt(16), bytes.length - at);
            bytes = delete(bytes, at, length);
            d.append(" delete@").append(at).append('+').append(length);
        }
      }
      return bytes;
    });
    assertThat(rejections).isGreaterThan(1000);
  }

  @Test
  void randomTokenEditsGiveADatasetOrADatasetException() {
    run(2002, 4000, (random, d) -> {
      List<Token> tokens = new ArrayList<>(TOKENS);
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(tokens.size());
        Token token = tokens.get(at);
        switch (random.nextInt(6)) {
          case 0:
            String value = VALUES[random.nextInt(VALUES.length)];
            tokens.set(at, new Token(value));
            d.append(" replace ").append(token.text).append(" with ").append(value);
            break;
          case 1:
            tokens.remove(at);
            d.append(" delete ").append(token.text);
            break;
          case 2:
            tokens.add(at, token);
            d.append(" duplicate ").append(token.text);
            break;
          case 3:
            if (at + 1 < tokens.size()) {
              tokens.set(at, tokens.get(at + 1));
              tokens.set(at + 1, token);
              d.append(" swap ").append(token.text);
            }
            break;
          case 4:
            int other = random.nextInt(tokens.size());
            tokens.set(at, tokens.get(other));
            d.append(" replace ").append(token.text).append(" with ")
                .append(tokens.get(other).text);
            break;
          default:
            if (token.isString()) {
              String text = randomString(random);
              tokens.set(at, new Token(text));
              d.append(" retext ").append(token.text).append(" to ").append(text);
            }
        }
      }
      return Token.join(tokens).getBytes(StandardCharsets.UTF_8);
    });
    assertThat(rejections).isGreaterThan(1000);
  }

  @Test
  void removingOrEmptyingARandomMemberGivesADatasetOrADatasetException() {
    run(3003, 2000, (random, d) -> {
      List<Token> tokens = new ArrayList<>(TOKENS);
      int members = 1 + random.nextInt(2);
      for (int m = 0; m < members; m++) {
        int key = randomKey(random, tokens);
        int end = Token.endOfValue(tokens, key + 2);
        d.append(" member ").append(tokens.get(key).text);
        if (random.nextBoolean()) {
          // remove "key": value and one comma next to it
          int from = key;
          int to = end;
          if (to < tokens.size() && tokens.get(to).text.equals(",")) {
            to++;
          } else if (tokens.get(from - 1).text.equals(",")) {
            from--;
          }
          tokens.subList(from, to).clear();
          d.append(" removed");
        } else {
          // keep the key, give it an empty value of the same kind
          String open = tokens.get(key + 2).text;
          String empty = open.equals("[") ? "[]" : open.equals("{") ? "{}"
              : tokens.get(key + 2).isString() ? "\"\"" : "0";
          tokens.subList(key + 2, end).clear();
          tokens.add(key + 2, new Token(empty));
          d.append(" emptied");
        }
      }
      return Token.join(tokens).getBytes(StandardCharsets.UTF_8);
    });
    assertThat(datasets + rejections).isEqualTo(2000);
  }

  @Test
  void truncatedInputsAndOddEncodingsGiveADatasetException() {
    run(4004, 600, (random, d) -> {
      int length = random.nextInt(REFERENCE.length);
      d.append(" truncated to ").append(length);
      return Arrays.copyOf(REFERENCE, length);
    });
    byte[][] prefixes = {
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF},
      {(byte) 0xFF, (byte) 0xFE}, {0, 0, (byte) 0xFE, (byte) 0xFF},
      {(byte) 0xFF, (byte) 0xFE, 0, 0}, {0}, {0, 0}, {0, 0, 0}, {0, 0, 0, 0},
      {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xF8}, {'\n'},
    };
    for (int p = 0; p < prefixes.length; p++) {
      check("prefix " + p, insert(REFERENCE, 0, prefixes[p]));
      check("prefix " + p + " only", prefixes[p]);
      check("prefix " + p + " before {}", insert("{}".getBytes(StandardCharsets.UTF_8), 0,
          prefixes[p]));
    }
    for (String text : new String[] {"", " ", "null", "[]", "{}", "1", "\"x\"", "{\"", "[",
        "{\"programme\":null}", "{\"formatVersion\":1}", "{\"formatVersion\":\"1\"}",
        "{\"formatVersion\":1e999999999}", "{} {}", "{}x", "[".repeat(100_000),
        "{\"x\":" + "[".repeat(5_000), "{\"x\":" + "{\"a\":".repeat(5_000),
        "{\"" + "k".repeat(5_000) + "\":1}", "{\"x\":\"" + "s".repeat(1_000_001) + "\"}",
        "{\"dtzFormat\":" + "9".repeat(5_000) + "}"}) {
      check(text, text.getBytes(StandardCharsets.UTF_8));
    }
    check("UTF-16", REFERENCE_TEXT.getBytes(StandardCharsets.UTF_16BE));
    check("UTF-16LE", REFERENCE_TEXT.getBytes(StandardCharsets.UTF_16LE));
    check("ISO-8859-1", REFERENCE_TEXT.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(failures).as("inputs that made the reader fail in an undocumented way")
        .isEmpty();
  }

  private static int randomKey(Random random, List<Token> tokens) {
    while (true) {
      int at = 1 + random.nextInt(tokens.size() - 3);
      if (tokens.get(at).isString() && tokens.get(at + 1).text.equals(":")) {
        return at;
      }
    }
  }

  private static String randomString(Random random) {
    StringBuilder s = new StringBuilder("\"");
    int length = random.nextInt(12);
    String pool = "aZ09 -._:/GM\\\"\u00e9\u20ac\u0000\u001f\uff1d\ud83d\ude00";
    for (int i = 0; i < length; i++) {
      char c = pool.charAt(random.nextInt(pool.length()));
      if (c == '\\' || c == '"') {
        s.append('\\');
      }
      if (c < 0x20) {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }

  private static byte[] insert(byte[] bytes, int at, byte[] extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + extra.length);
    out.write(bytes, 0, at);
    out.write(extra, 0, extra.length);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private static byte[] delete(byte[] bytes, int at, int length) {
    byte[] result = new byte[bytes.length - length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(bytes, at + length, result, at, bytes.length - at - length);
    return result;
  }

  /** A JSON token of the reference text, with the white space in front of it. */
  private static final class Token {
    final String space;
    final String text;

    Token(String text) {
      this(" ", text);
    }

    Token(String space, String text) {
      this.space = space;
      this.text = text;
    }

    boolean isString() {
      return text.startsWith("\"");
    }

    static List<Token> lex(String json) {
      List<Token> tokens = new ArrayList<>();
      int i = 0;
      while (i < json.length()) {
        int start = i;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
          i++;
        }
        if (i == json.length()) {
          break;
        }
        String space = json.substring(start, i);
        int from = i;
        char c = json.charAt(i);
        if (c == '"') {
          i++;
          while (json.charAt(i) != '"') {
            i += json.charAt(i) == '\\' ? 2 : 1;
          }
          i++;
        } else if ("{}[]:,".indexOf(c) >= 0) {
          i++;
        } else {
          while (i < json.length() && "{}[]:,\" \t\r\n".indexOf(json.charAt(i)) < 0) {
            i++;
          }
        }
        tokens.add(new Token(space, json.substring(from, i)));
      }
      return tokens;
    }

    /** The index just after the value that starts at {@code at}. */
    static int endOfValue(List<Token> tokens, int at) {
      String open = tokens.get(at).text;
      if (!open.equals("{") && !open.equals("[")) {
        return at + 1;
      }
      int depth = 0;
      for (int i = at; i < tokens.size(); i++) {
        String t = tokens.get(i).text;
        if (t.equals("{") || t.equals("[")) {
          depth++;
        } else if (t.equals("}") || t.equals("]")) {
          depth--;
          if (depth == 0) {
            return i + 1;
          }
        }
      }
      return tokens.size();
    }

    static String join(List<Token> tokens) {
      StringBuilder s = new StringBuilder();
      for (Token t : tokens) {
        s.append(t.space).append(t.text);
      }
      return s.append('\n').toString();
    }
  }
}
