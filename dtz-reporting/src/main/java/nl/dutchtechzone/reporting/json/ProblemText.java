package nl.dutchtechzone.reporting.json;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.reporting.internal.BundleTexts;

/**
 * The text of a dataset problem as message keys and arguments: one or more fragments of the
 * bundles {@code nl/dutchtechzone/reporting/json/problems*.properties} (English, and Dutch with
 * the same keys), each with its {@code %s} arguments, put together in order. The arguments are
 * the values of the input (ids, amounts, field names) and are never translated; the model's own
 * refusals are one fragment whose argument is the model's (English) message. The language rule is
 * that of every bundle of this module ({@link BundleTexts}): the locale's language if it has a
 * file, English for the rest, key by key; adding a language is adding a file.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ProblemText {

  /** The base name of the bundles, next to this class. */
  static final String BUNDLE = "nl.dutchtechzone.reporting.json.problems";

  private final List<String> keys;
  private final List<String> arguments;

  private ProblemText(List<String> keys, List<String> arguments) {
    this.keys = List.copyOf(keys);
    this.arguments = List.copyOf(arguments);
  }

  /** One fragment with its arguments. */
  static ProblemText of(String key, Object... arguments) {
    return new ProblemText(List.of(key), strings(arguments));
  }

  /** The text of these fragments and arguments. */
  static ProblemText of(List<String> keys, List<String> arguments) {
    return new ProblemText(keys, arguments);
  }

  /** The model's refusal: its own message, in English. */
  static ProblemText model(String message) {
    return of("model", message);
  }

  /** This text followed by another fragment. */
  ProblemText then(String key, Object... more) {
    return then(new ProblemText(List.of(key), strings(more)));
  }

  /** This text followed by another. */
  ProblemText then(ProblemText more) {
    List<String> k = new ArrayList<>(keys);
    k.addAll(more.keys);
    List<String> a = new ArrayList<>(arguments);
    a.addAll(more.arguments);
    return new ProblemText(k, a);
  }

  /** The keys of the fragments, in order. */
  List<String> keys() {
    return keys;
  }

  /** The arguments of all fragments, in order. */
  List<String> arguments() {
    return arguments;
  }

  /** The text in English. */
  String english() {
    return in(Locale.ROOT);
  }

  /**
   * The text in a language: its bundle's where it has one, English for the rest.
   *
   * @param locale the language, not null
   * @return the text
   */
  String in(Locale locale) {
    return render(keys, arguments, locale);
  }

  /** Renders fragments with their arguments; see {@link ProblemText}. */
  static String render(List<String> keys, List<String> arguments, Locale locale) {
    requireNonNull(locale, "locale");
    BundleTexts bundle = BundleTexts.of(BUNDLE, locale);
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (String key : keys) {
      String pattern = bundle.pattern(key).orElse(null);
      if (pattern == null && key.startsWith("object.")) {
        // A value type without a text in the bundle: its class name in words.
        pattern = "expected " + words(key.substring("object.".length())) + " (a JSON object)";
      } else if (pattern == null) {
        throw new IllegalStateException("no dataset problem text '" + key + "' in " + BUNDLE);
      }
      int count = count(pattern);
      if (next + count > arguments.size()) {
        throw new IllegalStateException("the dataset problem text '" + key + "' needs " + count
            + " arguments, " + (arguments.size() - next) + " are left");
      }
      out.append(String.format(Locale.ROOT, pattern,
          arguments.subList(next, next + count).toArray()));
      next += count;
    }
    return out.toString();
  }

  /** "a budget line" for {@code BudgetLine}. */
  static String words(String simpleName) {
    String words = simpleName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
  }

  private static int count(String pattern) {
    int count = 0;
    for (int i = pattern.indexOf("%s"); i >= 0; i = pattern.indexOf("%s", i + 2)) {
      count++;
    }
    return count;
  }

  private static List<String> strings(Object... arguments) {
    List<String> out = new ArrayList<>(arguments.length);
    for (Object a : arguments) {
      out.add(String.valueOf(a));
    }
    return out;
  }
}
