/**
 * The domain model of a regional partnership programme: partners and their membership, money,
 * annual plans and annual reports, and, apart in {@code nl.dutchtechzone.core.reference}, the
 * reference data of the first programme's source documents.
 *
 * <p>{@code nl.dutchtechzone.core.internal} is exported only to the dtz modules that use it; they
 * are not on the module path when this module compiles, which the lint "module" would warn about.
 */
@SuppressWarnings("module")
module nl.dutchtechzone.core {
  requires com.google.common;
  requires static org.jspecify;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports nl.dutchtechzone.core;
  exports nl.dutchtechzone.core.language;
  exports nl.dutchtechzone.core.money;
  exports nl.dutchtechzone.core.plan;
  exports nl.dutchtechzone.core.report;
  exports nl.dutchtechzone.core.reference;
  // Not API: the one bundle renderer and language rule of dtz, for the dtz modules only.
  exports nl.dutchtechzone.core.internal to nl.dutchtechzone.finance, nl.dutchtechzone.reporting;
}
