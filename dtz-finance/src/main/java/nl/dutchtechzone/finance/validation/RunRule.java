package nl.dutchtechzone.finance.validation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A built-in rule that reads facts shared with the other rules of the same validation run.
 *
 * <p>{@link Validator#validate(Object)} passes every such rule the run's {@link ValidationRun},
 * so that facts several rules need (such as the {@link BudgetFacts} of a programme year) are
 * computed once per call. Called on its own through {@link #check(Object)}, the rule gets a run
 * of its own.
 *
 * @param <T> the type of subject the rule checks
 */
interface RunRule<T> extends ValidationRule<T> {

  /**
   * Checks a subject within a validation run.
   *
   * @param subject the subject, not null
   * @param run the run, shared by the rules of one validation call, not null
   * @return every violation found, empty if none
   */
  List<Violation> check(T subject, ValidationRun run);

  @Override
  default List<Violation> check(T subject) {
    return check(subject, new ValidationRun());
  }

  /**
   * A rule made of a code and a function of the subject and the run.
   *
   * @param <T> the type of subject
   * @param code the code, not null
   * @param check the check, not null; returns the violations found
   * @return the rule
   */
  static <T> RunRule<T> of(String code,
      BiFunction<? super T, ValidationRun, ? extends List<Violation>> check) {
    requireNonNull(code, "code");
    requireNonNull(check, "check");
    return new RunRule<>() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public List<Violation> check(T subject, ValidationRun run) {
        return List.copyOf(check.apply(subject, run));
      }

      @Override
      public String toString() {
        return "ValidationRule " + code;
      }
    };
  }
}
