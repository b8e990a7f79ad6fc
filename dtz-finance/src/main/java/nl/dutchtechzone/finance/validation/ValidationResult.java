package nl.dutchtechzone.finance.validation;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Everything a validator found: every violation, not just the first, in the order of the rules
 * that found them.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(ValidationResult)} copies every
 *     field of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of ValidationResult sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code addViolations(Violation)}, {@code addViolations(Violation...)}, {@code
 *     addAllViolations(Iterable)}, {@code violations(Iterable)}</td><td>{@link #violations()}: The
 *     violations found</td><td>any number</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ValidationResult {

  ValidationResult() {}

  /**
   * The violations found.
   *
   * @return the violations, possibly empty
   */
  public abstract List<Violation> violations();

  /**
   * A result holding the given violations.
   *
   * @param violations the violations, not null, no null elements
   * @return the result
   */
  public static ValidationResult of(Collection<Violation> violations) {
    return builder().violations(violations).build();
  }

  /**
   * A result without violations.
   *
   * @return the empty result
   */
  public static ValidationResult clean() {
    return builder().build();
  }

  /**
   * Whether nothing at all was found, not even a warning.
   *
   * @return true if there are no violations
   */
  public boolean hasNoViolations() {
    return violations().isEmpty();
  }

  /**
   * Whether no error was found; warnings may remain.
   *
   * @return true if no violation has severity {@link Severity#ERROR}
   */
  public boolean isValid() {
    return errors().isEmpty();
  }

  /**
   * The violations of severity {@link Severity#ERROR}.
   *
   * @return the errors, in order
   */
  public List<Violation> errors() {
    return violations().stream().filter(Violation::isError).collect(Collectors.toList());
  }

  /**
   * The violations of severity {@link Severity#WARNING}.
   *
   * @return the warnings, in order
   */
  public List<Violation> warnings() {
    return violations().stream().filter(v -> !v.isError()).collect(Collectors.toList());
  }

  /**
   * The violations with a code.
   *
   * @param code the code, not null, such as {@code DTZ-F002}
   * @return the violations with that code, in order
   */
  public List<Violation> violations(String code) {
    requireNonNull(code, "code");
    return violations().stream().filter(v -> v.code().equals(code)).collect(Collectors.toList());
  }

  /**
   * Whether a violation with a code was found.
   *
   * @param code the code, not null
   * @return true if at least one violation has that code
   */
  public boolean has(String code) {
    return !violations(code).isEmpty();
  }

  /**
   * The distinct codes found.
   *
   * @return the codes, sorted
   */
  public Set<String> codes() {
    return violations().stream().map(Violation::code)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * This result followed by another's violations.
   *
   * @param other the other result, not null
   * @return the combined result
   */
  public ValidationResult and(ValidationResult other) {
    requireNonNull(other, "other");
    return builder().from(this).addAllViolations(other.violations()).build();
  }

  /**
   * A multi-line listing of every violation, one per line, for logs and test failures.
   *
   * @return {@code no violations}, or one line per violation
   */
  public String describe() {
    if (violations().isEmpty()) {
      return "no violations";
    }
    return violations().size() + " violation(s):\n"
        + violations().stream().map(v -> "  " + v).collect(Collectors.joining("\n"));
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ValidationResult} values; the table "Builder methods" of {@link ValidationResult}
   * lists what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableValidationResult.Builder {
    Builder() {}
  }
}
