/**
 * An AssertJ entry point for test suites that check budgets and statements: {@code
 * FinanceAssertions.assertThat(statement).hasNoViolations()} fails listing every violation.
 *
 * <p>AssertJ is an optional dependency of dtz-finance: bring {@code org.assertj:assertj-core}
 * into your test scope to use this package.
 */
@NullMarked
package nl.dutchtechzone.finance.validation.assertj;

import org.jspecify.annotations.NullMarked;
