package nl.dutchtechzone.reporting.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

import org.immutables.value.Value;

/**
 * One problem found while reading a dataset: where it is (JSON path, line and column) and what
 * is wrong.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DatasetProblem {

  DatasetProblem() {}

  /**
   * The JSON path of the offending value, such as
   * {@code $.reports[0].statement.spending[2].amount}.
   *
   * @return the path, starting with {@code $}
   */
  @Value.Parameter
  public abstract String path();

  /**
   * The line of the offending value in the input, counted from 1.
   *
   * @return the line, at least 1
   */
  @Value.Parameter
  public abstract int line();

  /**
   * The column of the offending value in the input, counted from 1.
   *
   * @return the column, at least 1
   */
  @Value.Parameter
  public abstract int column();

  /**
   * What is wrong and what was expected.
   *
   * @return the message, not blank
   */
  @Value.Parameter
  public abstract String message();

  /**
   * The keys of the message's fragments in the bundles of dataset problems, empty for a problem
   * made with {@link #of(String, int, int, String)}.
   */
  abstract List<String> keys();

  /** The arguments of the message's fragments, in order. */
  abstract List<String> arguments();

  /**
   * What is wrong and what was expected, in a language: Dutch for {@code nl}, English for any
   * other. The values of the input in it (ids, amounts, field names) and the model's own
   * refusals (English) are never translated. A problem made with
   * {@link #of(String, int, int, String)} has its one message in every language.
   *
   * @param locale the language, not null
   * @return the message
   */
  public String message(Locale locale) {
    requireNonNull(locale, "locale");
    return keys().isEmpty() ? message() : ProblemText.render(keys(), arguments(), locale);
  }

  /**
   * The problem as one line in a language: path, position and message.
   *
   * @param locale the language, not null
   * @return such as {@code $.programme.partners[2].id (regel 14, kolom 15): dubbele ...} for
   *     Dutch
   */
  public String describe(Locale locale) {
    requireNonNull(locale, "locale");
    return ProblemText.render(List.of("at"), List.of(path(), String.valueOf(line()),
        String.valueOf(column()), message(locale)), locale);
  }

  /** A problem whose message is a text of the bundles (its English text is {@link #message()}). */
  static DatasetProblem of(String path, int line, int column, ProblemText text) {
    return ImmutableDatasetProblem.builder().path(path).line(line).column(column)
        .message(text.english()).keys(text.keys()).arguments(text.arguments()).build();
  }

  /** This problem with a note after its message. */
  DatasetProblem followedBy(ProblemText note) {
    if (keys().isEmpty()) {
      return DatasetProblem.of(path(), line(), column(), message() + note.english());
    }
    return of(path(), line(), column(),
        ProblemText.of(keys(), arguments()).then(note));
  }

  /**
   * Creates a problem.
   *
   * @param path the JSON path of the offending value, starting with {@code $}, not null
   * @param line the line, at least 1
   * @param column the column, at least 1
   * @param message what is wrong, not blank
   * @return the problem
   * @throws IllegalArgumentException if the path does not start with {@code $}, the line or
   *     column is below 1 or the message is blank
   */
  public static DatasetProblem of(String path, int line, int column, String message) {
    return ImmutableDatasetProblem.of(path, line, column, message);
  }

  /**
   * The problem as one line: path, position and message.
   *
   * @return such as {@code $.programme.partners[2].id (line 14, column 15): duplicate ...}
   */
  public String describe() {
    return path() + " (line " + line() + ", column " + column() + "): " + message();
  }

  @Value.Check
  final void check() {
    checkArgument(path().startsWith("$"), "DatasetProblem.path must start with '$', got '%s'",
        path());
    checkArgument(line() >= 1, "DatasetProblem.line must be at least 1, got %s", line());
    checkArgument(column() >= 1, "DatasetProblem.column must be at least 1, got %s", column());
    checkArgument(!message().isBlank(), "DatasetProblem.message must not be blank");
  }
}
