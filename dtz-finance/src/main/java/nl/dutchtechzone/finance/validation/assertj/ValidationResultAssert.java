package nl.dutchtechzone.finance.validation.assertj;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Violation;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link ValidationResult}; every failure message lists every violation found.
 */
public final class ValidationResultAssert
    extends AbstractAssert<ValidationResultAssert, ValidationResult> {

  /**
   * Creates assertions on a result; prefer {@link FinanceAssertions#assertThat(ValidationResult)}.
   *
   * @param actual the result, may be null (the assertions then fail)
   */
  public ValidationResultAssert(@Nullable ValidationResult actual) {
    super(actual, ValidationResultAssert.class);
  }

  /**
   * Asserts that nothing was found, not even a warning.
   *
   * @return this
   */
  public ValidationResultAssert hasNoViolations() {
    isNotNull();
    if (!actual.hasNoViolations()) {
      failWithMessage("Expected no violations, but found %s", actual.describe());
    }
    return this;
  }

  /**
   * Asserts that no error was found; warnings are allowed.
   *
   * @return this
   */
  public ValidationResultAssert hasNoErrors() {
    isNotNull();
    if (!actual.isValid()) {
      failWithMessage("Expected no errors, but found %s", actual.describe());
    }
    return this;
  }

  /**
   * Asserts that a violation with a code was found.
   *
   * @param code the code, not null, such as {@code DTZ-F003}
   * @return this
   */
  public ValidationResultAssert hasViolation(String code) {
    requireNonNull(code, "code");
    isNotNull();
    if (!actual.has(code)) {
      failWithMessage("Expected a violation %s, but found %s", code, actual.describe());
    }
    return this;
  }

  /**
   * Asserts that a violation with a code was found at a path.
   *
   * @param code the code, not null
   * @param path the path, not null, such as {@code statement[2022].spending}
   * @return this
   */
  public ValidationResultAssert hasViolationAt(String code, String path) {
    requireNonNull(code, "code");
    requireNonNull(path, "path");
    isNotNull();
    if (actual.violations(code).stream().noneMatch(v -> v.path().equals(path))) {
      failWithMessage("Expected a violation %s at %s, but found %s", code, path,
          actual.describe());
    }
    return this;
  }

  /**
   * Asserts that no violation with a code was found.
   *
   * @param code the code, not null
   * @return this
   */
  public ValidationResultAssert doesNotHaveViolation(String code) {
    requireNonNull(code, "code");
    isNotNull();
    if (actual.has(code)) {
      failWithMessage("Expected no violation %s, but found %s", code, actual.describe());
    }
    return this;
  }

  /**
   * Asserts that the violations found have exactly these codes, each at least once, and no
   * others.
   *
   * @param codes the codes, not null
   * @return this
   */
  public ValidationResultAssert hasOnlyViolations(String... codes) {
    requireNonNull(codes, "codes");
    isNotNull();
    Set<String> expected = new TreeSet<>(Arrays.asList(codes));
    if (!actual.codes().equals(expected)) {
      failWithMessage("Expected violations with exactly the codes %s, but found %s", expected,
          actual.describe());
    }
    return this;
  }

  /**
   * Asserts how many violations were found.
   *
   * @param count the expected number of violations
   * @return this
   */
  public ValidationResultAssert hasViolationCount(int count) {
    isNotNull();
    if (actual.violations().size() != count) {
      failWithMessage("Expected %s violation(s), but found %s", count, actual.describe());
    }
    return this;
  }

  /**
   * Asserts that a violation with a code mentions a text in both its English and Dutch message.
   *
   * @param code the code, not null
   * @param en text the English message must contain, not null
   * @param nl text the Dutch message must contain, not null
   * @return this
   */
  public ValidationResultAssert hasViolationMentioning(String code, String en, String nl) {
    requireNonNull(code, "code");
    requireNonNull(en, "en");
    requireNonNull(nl, "nl");
    isNotNull();
    boolean found = false;
    for (Violation v : actual.violations(code)) {
      found |= v.messageEn().contains(en) && v.messageNl().contains(nl);
    }
    if (!found) {
      failWithMessage("Expected a violation %s mentioning '%s' (en) and '%s' (nl), but found %s",
          code, en, nl, actual.describe());
    }
    return this;
  }
}
