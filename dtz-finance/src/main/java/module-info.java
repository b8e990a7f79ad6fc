/**
 * Money policy of a partnership programme: contributions per inhabitant, cost sharing without
 * losing cents, roll-forward of balances, funds and schemes, and validation of budgets and
 * statements.
 */
module nl.dutchtechzone.finance {
  requires transitive nl.dutchtechzone.core;
  requires com.google.common;
  requires org.slf4j;
  requires static org.assertj.core;
  requires static org.jspecify;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports nl.dutchtechzone.finance.allocation;
  exports nl.dutchtechzone.finance.contribution;
  exports nl.dutchtechzone.finance.ledger;
  exports nl.dutchtechzone.finance.reference;
  exports nl.dutchtechzone.finance.validation;
  exports nl.dutchtechzone.finance.validation.assertj;

  // The texts of the quantities its overflow errors name, which dtz-core's code renders.
  opens nl.dutchtechzone.finance.internal to nl.dutchtechzone.core;
}
