/**
 * The domain model of a regional partnership programme: partners and their membership, money,
 * annual plans and annual reports, and, apart in {@code nl.dutchtechzone.core.reference}, the
 * reference data of the first programme's source documents.
 */
module nl.dutchtechzone.core {
  requires com.google.common;
  requires static org.jspecify;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports nl.dutchtechzone.core;
  exports nl.dutchtechzone.core.money;
  exports nl.dutchtechzone.core.plan;
  exports nl.dutchtechzone.core.report;
  exports nl.dutchtechzone.core.reference;
}
