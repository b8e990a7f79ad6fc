package nl.dutchtechzone.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The builder tables of one dtz library module, checked against their source. Every public value
 * type with a public {@code builder()} lists, between {@code <!-- builder-table:start -->} and
 * {@code <!-- builder-table:end -->} in its class Javadoc, one row per field: the builder methods
 * that set it (read by reflection from the generated builder, so the signatures are the real
 * ones), the field with the first sentence of its accessor's Javadoc, and whether it is required
 * with the rules {@code build()} checks.
 *
 * <p>The table is regenerated here and compared with the source, so it cannot drift from the type:
 * a new, removed or renamed field, a changed accessor summary, a field that becomes optional or
 * gains a default, and a field whose id or year check ({@code Ids.check}, {@code Years.check}
 * with the field's name) is added or removed all fail the test. The one part written by hand is
 * the rules that are not such standard checks ("must not be blank", "unique ids", ...): their one
 * home is the table, and regenerating keeps them per field. After a deliberate change, rewrite the
 * tables with {@code -Ddtz.writeBuilderTables=true} and review the diff.
 *
 * <p>A module's test extends this class and names its base package. Shared by dtz-core and
 * dtz-finance through dtz-core's test jar.
 */
public abstract class BuilderTableContract {

  private static final String START = "<!-- builder-table:start -->";
  private static final String END = "<!-- builder-table:end -->";
  private static final int WIDTH = 99;

  /** The rule of {@code Ids.check}, as the tables write it. */
  static final String ID_RULE =
      "an id: letters, digits, '.', '_' or '-', starting with a letter or digit";

  /** The rule of {@code Years.check}, as the tables write it. */
  static final String YEAR_RULE = "a year between 1900 and 2200";

  private static final Pattern ACCESSOR = Pattern.compile(
      "/\\*\\*((?:(?!\\*/).)*)\\*/\\s*((?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*)public (abstract )?"
          + "([\\w.<>?, \\[\\]]+?) (\\w+)\\(\\)", Pattern.DOTALL);
  private static final Pattern ROW = Pattern.compile(
      "<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>", Pattern.DOTALL);

  /**
   * The package whose value types (it and its subpackages) are checked.
   *
   * @return the package name, such as {@code nl.dutchtechzone.core}
   */
  protected abstract String basePackage();

  private static Path sourceRoot() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
        .resolve("src/main/java");
  }

  /** One field of a value type: its accessor and what the table says of it. */
  private static final class Field {
    final String name;
    final String type;
    final boolean isDefault;
    final String summary;

    Field(String name, String type, boolean isDefault, String summary) {
      this.name = name;
      this.type = type;
      this.isDefault = isDefault;
      this.summary = summary;
    }
  }

  /** The source files of the module's value types that have a public builder. */
  private List<Path> valueTypes() throws IOException {
    Path root = sourceRoot().resolve(basePackage().replace('.', '/'));
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted()
          .filter(p -> {
            String s = read(p);
            return s.contains("@Value.Immutable")
                && s.contains("public static Builder builder()");
          })
          .collect(Collectors.toList());
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + p, e);
    }
  }

  @Test
  void everyBuilderTableIsWhatTheTypeSays() throws Exception {
    List<Path> types = valueTypes();
    assertThat(types).as("value types with a builder under " + basePackage()).isNotEmpty();
    boolean write = Boolean.getBoolean("dtz.writeBuilderTables");
    List<String> differing = new ArrayList<>();
    for (Path file : types) {
      String source = read(file);
      String expected = table(file, source);
      int start = source.indexOf(" * " + START);
      int end = source.indexOf(END, Math.max(start, 0));
      String actual = start < 0 || end < 0 ? "" : source.substring(start, end + END.length());
      if (!actual.equals(expected)) {
        differing.add(sourceRoot().relativize(file).toString());
        if (write) {
          Files.writeString(file, withTable(source, start, end, expected),
              StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(differing).as("value types whose builder table differs from the type; after a"
        + " deliberate change rewrite them with -Ddtz.writeBuilderTables=true").isEmpty();
  }

  @Test
  void theStandardRulesComeFromTheChecks() {
    String check = "Ids.check(\"Membership.partnerId\", partnerId());\n"
        + "lastYear().ifPresent(last -> Years.check(\"Membership.lastYear\", last));";
    assertThat(standardRules("Membership", "partnerId", check)).containsExactly(ID_RULE);
    assertThat(standardRules("Membership", "lastYear", check)).containsExactly(YEAR_RULE);
    assertThat(standardRules("Membership", "source", check)).isEmpty();
    assertThat(standardRules("Partner", "partnerId", check)).isEmpty();
  }

  @Test
  void aWrappedRowKeepsEveryWordAndFitsTheLine() {
    String row = "<tr><td>{@code a(String)}</td><td>{@link #a()}: " + "word ".repeat(40)
        + "end</td><td>required</td></tr>";
    List<String> lines = wrap(row, " *   ", " *     ");
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(WIDTH));
    assertThat(lines.stream().map(l -> l.substring(l.startsWith(" *   <") ? 5 : 7))
        .collect(Collectors.joining(" "))).isEqualTo(row);
  }

  private static String withTable(String source, int start, int end, String table) {
    if (start >= 0 && end >= 0) {
      return source.substring(0, start) + table + source.substring(end + END.length());
    }
    // No table yet: put it before the class Javadoc's "immutable and thread-safe" paragraph.
    String anchor = " * <p>This class is immutable and thread-safe.";
    int at = source.indexOf(anchor);
    if (at < 0) {
      throw new IllegalStateException("no place for a builder table: no '" + anchor + "'");
    }
    return source.substring(0, at) + table + "\n *\n" + source.substring(at);
  }

  /** The table of a value type, generated from its class and its source. */
  private String table(Path file, String source) throws ClassNotFoundException {
    String simpleName = file.getFileName().toString().replace(".java", "");
    String packageName = sourceRoot().relativize(file.getParent()).toString()
        .replace(java.io.File.separatorChar, '.');
    Class<?> type = Class.forName(packageName + "." + simpleName);
    Class<?> builder = Class.forName(type.getName() + "$Builder");
    Map<String, String> handWritten = handWrittenRules(source);

    List<Method> methods = Arrays.stream(builder.getMethods())
        .filter(m -> m.getDeclaringClass() != Object.class)
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> !m.getName().equals("build"))
        .filter(m -> !(m.getName().equals("from") && m.getParameterCount() == 1
            && m.getParameterTypes()[0] == type))
        .collect(Collectors.toList());
    List<Field> fields = fields(source, methods);
    String body = source.substring(source.indexOf("@Value.Immutable"));

    List<String> rows = new ArrayList<>();
    for (Field f : fields) {
      List<Method> setters = methods.stream().filter(m -> setsField(m, f.name))
          .filter(m -> m.getDeclaringClass() != builder)
          .sorted(Comparator.comparingInt((Method m) -> order(m, f.name))
              .thenComparing(BuilderTableContract::signature))
          .collect(Collectors.toList());
      String column1 = setters.stream().map(m -> "{@code " + signature(m) + "}")
          .collect(Collectors.joining(", "));
      List<String> rules = new ArrayList<>();
      rules.add(requirement(f));
      rules.addAll(standardRules(simpleName, f.name, body));
      handWritten.getOrDefault(f.name, "").lines().filter(r -> !r.isBlank())
          .forEach(rules::add);
      rows.add("<tr><td>" + column1 + "</td><td>{@link #" + f.name + "()}: " + f.summary
          + "</td><td>" + String.join("; ", rules) + "</td></tr>");
    }
    // Methods of the hand-written builder (not generated): a row each, with their own summary.
    List<Method> own = methods.stream().filter(m -> m.getDeclaringClass() == builder)
        .sorted(Comparator.comparing(BuilderTableContract::signature))
        .collect(Collectors.toList());
    for (Method m : own) {
      String key = "Builder#" + signature(m);
      String rule = handWritten.getOrDefault(key, "");
      rows.add("<tr><td>{@link Builder#" + signature(m) + "}</td><td>" + methodSummary(source, m)
          + "</td><td>" + (rule.isBlank() ? "see the method" : rule.strip()) + "</td></tr>");
    }

    List<String> out = new ArrayList<>();
    out.add(" * " + START);
    out.add(" * <h2>Builder methods</h2>");
    out.add(" *");
    out.addAll(wrap("<p>{@link #builder()} returns a {@link Builder}; {@code from(" + simpleName
        + ")} copies every field of a value, and {@code build()} checks the rules below and"
        + " throws an {@link IllegalArgumentException} naming the field, the value and what was"
        + " expected.", " * ", " *     "));
    out.add(" *");
    out.add(" * <table>");
    out.add(" *   <caption>What the builder of " + simpleName + " sets</caption>");
    out.add(" *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>");
    for (String row : rows) {
      out.addAll(wrap(row, " *   ", " *     "));
    }
    out.add(" * </table>");
    out.add(afterTable(source) + " * " + END);
    return String.join("\n", out);
  }

  /**
   * What the current table block holds after the table, such as a paragraph on rules across
   * fields: hand-written, kept as it is.
   */
  private static String afterTable(String source) {
    int start = source.indexOf(START);
    int end = source.indexOf(" * " + END);
    if (start < 0 || end < 0) {
      return "";
    }
    int table = source.indexOf(" * </table>\n", start);
    return table < 0 || table > end ? "" : source.substring(table + " * </table>\n".length(), end);
  }

  /** The fields in declaration order: accessors that the generated builder sets. */
  private static List<Field> fields(String source, List<Method> methods) {
    List<Field> fields = new ArrayList<>();
    Matcher m = ACCESSOR.matcher(source);
    while (m.find()) {
      String name = m.group(5);
      boolean isAbstract = m.group(3) != null;
      boolean isDefault = m.group(2).contains("@Value.Default");
      if (!(isAbstract || isDefault) || methods.stream().noneMatch(b -> b.getName().equals(name))) {
        continue;
      }
      fields.add(new Field(name, m.group(4).strip(), isDefault, firstSentence(m.group(1))));
    }
    return fields;
  }

  /** Whether a generated builder method sets the field. */
  private static boolean setsField(Method m, String field) {
    String cap = Character.toUpperCase(field.charAt(0)) + field.substring(1);
    return Stream.of(field, "add" + cap, "addAll" + cap, "put" + cap, "putAll" + cap)
        .anyMatch(m.getName()::equals);
  }

  private static int order(Method m, String field) {
    String name = m.getName();
    if (!name.equals(field)) {
      return name.startsWith("addAll") ? 2 : name.startsWith("putAll") ? 4
          : name.startsWith("put") ? 3 : m.isVarArgs() ? 1 : 0;
    }
    Class<?> p = m.getParameterCount() == 1 ? m.getParameterTypes()[0] : Object.class;
    return p == Optional.class || Iterable.class.isAssignableFrom(p)
        || Map.class.isAssignableFrom(p) ? 6 : 5;
  }

  private static String signature(Method m) {
    Class<?>[] parameters = m.getParameterTypes();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      boolean varArgs = m.isVarArgs() && i == parameters.length - 1;
      names.add(varArgs ? parameters[i].getComponentType().getSimpleName() + "..."
          : parameters[i].getSimpleName());
    }
    return m.getName() + "(" + String.join(", ", names) + ")";
  }

  private static String requirement(Field f) {
    if (f.isDefault) {
      return "optional, default as {@link #" + f.name + "()} says";
    }
    String raw = f.type.replaceAll("<.*", "");
    switch (raw) {
      case "Optional":
      case "OptionalInt":
      case "OptionalLong":
        return "optional";
      case "List":
      case "Set":
      case "SortedSet":
      case "Map":
      case "SortedMap":
        return "any number";
      default:
        return "required";
    }
  }

  /** The rules of the standard checks that the type's code applies to the field. */
  static List<String> standardRules(String type, String field, String code) {
    String quoted = Pattern.quote("\"" + type + "." + field + "\"");
    List<String> rules = new ArrayList<>();
    if (Pattern.compile("\\bIds\\.check\\(" + quoted).matcher(code).find()) {
      rules.add(ID_RULE);
    }
    if (Pattern.compile("\\bYears\\.check\\(" + quoted).matcher(code).find()) {
      rules.add(YEAR_RULE);
    }
    return rules;
  }

  /**
   * The hand-written rules of each field in the current table, one per line: the rules column
   * without the requirement and the standard rules, which are regenerated.
   */
  private static Map<String, String> handWrittenRules(String source) {
    Map<String, String> rules = new TreeMap<>();
    int start = source.indexOf(START);
    int end = source.indexOf(END);
    if (start < 0 || end < 0) {
      return rules;
    }
    String table = source.substring(start, end).replaceAll("\\n \\*\\s*", " ");
    Matcher row = ROW.matcher(table);
    while (row.find()) {
      Matcher field = Pattern.compile("\\{@link #(\\w+)\\(\\)\\}").matcher(row.group(2));
      Matcher own = Pattern.compile("\\{@link Builder#([^}]+)\\}").matcher(row.group(1));
      String key = field.lookingAt() ? field.group(1)
          : own.lookingAt() ? "Builder#" + own.group(1) : null;
      if (key == null) {
        continue;
      }
      String column = row.group(3);
      if (key.startsWith("Builder#")) {
        rules.put(key, column.equals("see the method") ? "" : column);
        continue;
      }
      List<String> parts = new ArrayList<>(splitRules(column));
      parts.remove(0); // the requirement
      parts.removeIf(p -> p.equals(ID_RULE) || p.equals(YEAR_RULE));
      rules.put(key, String.join("\n", parts));
    }
    return rules;
  }

  /** The rules column split at "; " outside braces. */
  private static List<String> splitRules(String column) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < column.length(); i++) {
      char c = column.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth == 0 && column.startsWith("; ", i)) {
        parts.add(column.substring(from, i));
        from = i + 2;
      }
    }
    parts.add(column.substring(from));
    return parts;
  }

  /** The first sentence of a Javadoc comment's text, without its full stop. */
  private static String firstSentence(String comment) {
    String text = comment.lines().map(l -> l.replaceFirst("^\\s*\\*?\\s?", ""))
        .dropWhile(String::isBlank)
        .takeWhile(l -> !l.isBlank() && !l.startsWith("@"))
        .collect(Collectors.joining(" ")).strip();
    text = text.replaceAll("\\s+", " ");
    Matcher end = Pattern.compile("\\.(\\s|$)").matcher(text);
    return end.find() ? text.substring(0, end.start()) : text;
  }

  /** The first sentence of a hand-written builder method's Javadoc. */
  private static String methodSummary(String source, Method m) {
    int builderClass = source.indexOf("class Builder ");
    Matcher javadoc = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public \\w+ "
        + Pattern.quote(m.getName()) + "\\(", Pattern.DOTALL).matcher(source);
    if (builderClass < 0 || !javadoc.find(builderClass)) {
      throw new IllegalStateException("no Javadoc for Builder#" + signature(m));
    }
    return firstSentence(javadoc.group(1));
  }

  /** Words wrapped greedily to lines of at most {@value #WIDTH} characters. */
  static List<String> wrap(String text, String firstPrefix, String nextPrefix) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(firstPrefix);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(nextPrefix);
        empty = true;
      }
      line.append(empty ? "" : " ").append(word);
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }
}
