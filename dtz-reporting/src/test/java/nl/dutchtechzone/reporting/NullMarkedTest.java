package nl.dutchtechzone.reporting;

import nl.dutchtechzone.testing.NullMarkedContract;

/** Every package of dtz-reporting is {@code @NullMarked}; its module requires JSpecify statically. */
class NullMarkedTest extends NullMarkedContract {

  @Override
  protected String basePackage() {
    return "nl.dutchtechzone.reporting";
  }

  @Override
  protected String moduleName() {
    return "nl.dutchtechzone.reporting";
  }
}
