package nl.dutchtechzone.finance.validation;

import java.util.Arrays;
import java.util.Optional;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.core.money.Quantity;

/**
 * Builds the violations of the built-in rules: a code, a message key of the validation bundles
 * and the message's arguments.
 */
final class V {

  private V() {}

  static Violation of(String code, Severity severity, String path, String key, Object... args) {
    return Violation.builder().code(code).severity(severity).path(path).messageKey(key)
        .arguments(Arrays.asList(args)).build();
  }

  static Violation amounts(String code, Severity severity, String path, Money expected,
      Money actual, String key, Object... args) {
    return Violation.builder().code(code).severity(severity).path(path).expected(expected)
        .actual(actual).messageKey(key).arguments(Arrays.asList(args)).build();
  }

  /**
   * A negative amount (F001); the message's {0} is the amount, the others follow.
   */
  static Violation negative(String path, String key, Money actual, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = actual;
    System.arraycopy(more, 0, args, 1, more.length);
    return amounts(RuleCodes.NEGATIVE_AMOUNT, Severity.ERROR, path, Money.ZERO, actual, key,
        args);
  }

  /**
   * A rule that cannot compare because a sum or product it needs is outside the range Money
   * holds: an error of the rule's code, key {@code overflow}. The message's {0} is the quantity
   * (rendered in the message's language from its own bundles), {1} and {2} the range.
   */
  static Violation overflow(String code, String path, Quantity quantity) {
    return of(code, Severity.ERROR, path, "overflow", quantity, Money.MIN, Money.MAX);
  }

  /** Actual minus expected, the sign convention of every difference; empty on overflow. */
  static Optional<Money> difference(Money actual, Money expected) {
    try {
      return Optional.of(actual.minus(expected));
    } catch (MoneyOverflowException e) {
      return Optional.empty();
    }
  }
}
