/**
 * The domain model of a regional partnership programme such as Dutch TechZone: partners and
 * their membership, money, annual plans and annual reports, and the reference data of the
 * source documents.
 */
module nl.dutchtechzone.core {
  requires com.google.common;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports nl.dutchtechzone.core;
  exports nl.dutchtechzone.core.money;
  exports nl.dutchtechzone.core.plan;
  exports nl.dutchtechzone.core.report;
  exports nl.dutchtechzone.core.reference;
}
