package nl.dutchtechzone.reporting.json;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a dataset file cannot be read: malformed JSON, an unsupported {@code dtzFormat},
 * unknown or missing fields, wrong types, malformed amounts, unknown or duplicate ids, or values
 * the domain model rejects. It lists every problem found, each with its JSON path, line and
 * column; nothing half-read is ever returned.
 *
 * <p>It extends {@link IOException}, like Jackson's own parse exceptions, so that callers that
 * read files handle it with the other reasons a file cannot be read.
 */
public final class DatasetException extends IOException {

  private static final long serialVersionUID = 1L;

  /** The problems; an unmodifiable list, serialisable as the list copy is. */
  @SuppressWarnings("serial")
  private final List<DatasetProblem> problems;

  /**
   * Creates the exception for the given problems.
   *
   * @param problems the problems, at least one, not null
   * @throws IllegalArgumentException if the list is empty
   */
  public DatasetException(List<DatasetProblem> problems) {
    super(message(requireNonNull(problems, "problems")));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<DatasetProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("DatasetException needs at least one problem");
    }
    String head = problems.size() == 1
        ? "the dataset has 1 problem:"
        : "the dataset has " + problems.size() + " problems:";
    return problems.stream()
        .map(p -> "\n  " + p.describe())
        .collect(Collectors.joining("", head, ""));
  }

  /**
   * The problems, in the order of the input.
   *
   * @return the problems, at least one
   */
  public List<DatasetProblem> problems() {
    return problems;
  }
}
