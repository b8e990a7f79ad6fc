package nl.dutchtechzone.reporting.json;

import static com.google.common.base.Preconditions.checkArgument;

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
