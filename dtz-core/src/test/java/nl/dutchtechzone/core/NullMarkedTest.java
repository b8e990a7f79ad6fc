package nl.dutchtechzone.core;

import nl.dutchtechzone.testing.NullMarkedContract;

/** Every package of dtz-core is {@code @NullMarked}; its module requires JSpecify statically. */
class NullMarkedTest extends NullMarkedContract {

  @Override
  protected String basePackage() {
    return "nl.dutchtechzone.core";
  }

  @Override
  protected String moduleName() {
    return "nl.dutchtechzone.core";
  }
}
