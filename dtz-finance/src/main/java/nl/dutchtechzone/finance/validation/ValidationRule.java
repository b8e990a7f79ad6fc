package nl.dutchtechzone.finance.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;

/**
 * One rule a validator applies: it looks at a subject and returns every violation it finds.
 *
 * <p>Implement it to add a rule of your own to a {@link Validator} with {@link
 * Validator#with(ValidationRule)}; the code identifies the rule, so that it can be switched off
 * with {@link Validator#without(String...)}. A rule must not throw for bad figures: it reports
 * them as violations.
 *
 * @param <T> the type of subject the rule checks
 */
public interface ValidationRule<T> {

  /**
   * The stable code of the rule; the violations it reports carry it.
   *
   * @return the code, such as {@code DTZ-F002} or {@code ACME-001}
   */
  String code();

  /**
   * Checks a subject.
   *
   * @param subject the subject, not null
   * @return every violation found, empty if none
   */
  List<Violation> check(T subject);

  /**
   * A rule made of a code and a function.
   *
   * @param <T> the type of subject
   * @param code the code, not null
   * @param check the check, not null; returns the violations found
   * @return the rule
   */
  static <T> ValidationRule<T> of(String code,
      Function<? super T, ? extends List<Violation>> check) {
    requireNonNull(code, "code");
    requireNonNull(check, "check");
    return new ValidationRule<>() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public List<Violation> check(T subject) {
        return List.copyOf(check.apply(subject));
      }

      @Override
      public String toString() {
        return "ValidationRule " + code;
      }
    };
  }
}
