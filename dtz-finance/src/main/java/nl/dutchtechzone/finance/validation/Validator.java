package nl.dutchtechzone.finance.validation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a list of rules to a subject and returns every violation at once.
 *
 * <p>Get one from {@link Validators}; {@link #without(String...)} switches rules off by code and
 * {@link #with(ValidationRule)} adds a custom rule. Both return a new validator.
 *
 * <p>This class is immutable and thread-safe if its rules are.
 *
 * @param <T> the type of subject validated
 */
public final class Validator<T> {

  private static final Logger LOG = LoggerFactory.getLogger(Validator.class);

  private final List<ValidationRule<? super T>> rules;

  private Validator(List<ValidationRule<? super T>> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * A validator applying rules in the given order.
   *
   * @param <T> the type of subject
   * @param rules the rules, not null, no null elements, codes unique
   * @return the validator
   * @throws IllegalArgumentException naming a code that occurs twice
   */
  public static <T> Validator<T> of(List<? extends ValidationRule<? super T>> rules) {
    requireNonNull(rules, "rules");
    Set<String> codes = new HashSet<>();
    for (ValidationRule<? super T> r : rules) {
      requireNonNull(r, "rules element");
      if (!codes.add(requireNonNull(r.code(), "rule code"))) {
        throw new IllegalArgumentException(
            "validator rules must have unique codes, but " + r.code() + " occurs more than once");
      }
    }
    return new Validator<>(new ArrayList<>(rules));
  }

  /**
   * The codes of the rules applied, in order.
   *
   * @return the codes
   */
  public List<String> codes() {
    return rules.stream().map(ValidationRule::code).collect(Collectors.toList());
  }

  /**
   * This validator with some rules switched off.
   *
   * @param codes the codes of the rules to switch off, not null
   * @return a new validator without those rules
   * @throws IllegalArgumentException naming a code this validator does not have, and the codes
   *     it has
   */
  public Validator<T> without(String... codes) {
    requireNonNull(codes, "codes");
    Set<String> off = new HashSet<>(Arrays.asList(codes));
    List<String> known = codes();
    for (String c : off) {
      requireNonNull(c, "codes element");
      if (!known.contains(c)) {
        throw new IllegalArgumentException(
            "validator has no rule " + c + " to switch off; its rules: " + known);
      }
    }
    List<ValidationRule<? super T>> kept = new ArrayList<>();
    for (ValidationRule<? super T> r : rules) {
      if (!off.contains(r.code())) {
        kept.add(r);
      }
    }
    return new Validator<>(kept);
  }

  /**
   * This validator with one more rule, applied after the others.
   *
   * @param rule the rule, not null, with a code this validator does not have yet
   * @return a new validator
   * @throws IllegalArgumentException if the validator already has a rule with that code
   */
  public Validator<T> with(ValidationRule<? super T> rule) {
    requireNonNull(rule, "rule");
    List<ValidationRule<? super T>> more = new ArrayList<>(rules);
    more.add(rule);
    return of(more);
  }

  /**
   * Applies every rule to a subject.
   *
   * <p>Facts that several built-in rules need are computed once per call and shared by those
   * rules; nothing is kept between calls.
   *
   * <p>A rule whose arithmetic leaves the range {@link Money} holds does not fail the
   * validation: the built-in rules report it as an error of their own code (message key {@code
   * overflow}), and a {@link MoneyOverflowException} thrown by any other rule becomes such an
   * error too (message key {@code overflow.rule}, path {@code rule[CODE]}).
   *
   * @param subject the subject, not null
   * @return every violation found, in the order of the rules
   * @throws IllegalStateException naming the rule, if a rule throws anything but a {@link
   *     MoneyOverflowException}, or returns null
   */
  public ValidationResult validate(T subject) {
    requireNonNull(subject, "subject");
    List<Violation> found = new ArrayList<>();
    ValidationRun run = new ValidationRun();
    for (ValidationRule<? super T> rule : rules) {
      List<Violation> v;
      try {
        v = rule instanceof RunRule<? super T> r ? r.check(subject, run) : rule.check(subject);
      } catch (MoneyOverflowException e) {
        v = List.of(V.of(rule.code(), Severity.ERROR, "rule[" + rule.code() + "]",
            "overflow.rule", rule.code(), e.quantity()));
      } catch (RuntimeException e) {
        throw new IllegalStateException("validation rule " + rule.code() + " failed: " + e, e);
      }
      if (v == null) {
        throw new IllegalStateException("validation rule " + rule.code() + " returned null");
      }
      found.addAll(v);
    }
    ValidationResult result = ValidationResult.of(found);
    LOG.debug("validated {} with {} rules: {} violation(s)", subject.getClass().getSimpleName(),
        rules.size(), found.size());
    return result;
  }

  @Override
  public String toString() {
    return "Validator" + codes();
  }
}
