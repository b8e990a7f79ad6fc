package nl.dutchtechzone.examples;

import java.util.List;
import java.util.Objects;

/**
 * A problem the user can fix: bad usage, a missing or invalid dataset, an unknown format, an
 * unusable plugin folder. The command line prints its message and details (no stack trace) and
 * exits with {@link Walkthrough#EXIT_BAD_INPUT}.
 */
final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> details;

  UsageException(String message) {
    this(message, List.of(), null);
  }

  UsageException(String message, List<String> details) {
    this(message, details, null);
  }

  UsageException(String message, List<String> details, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.details = List.copyOf(details);
  }

  /** The lines that follow the message, such as every problem of a dataset. */
  List<String> details() {
    return details;
  }
}
