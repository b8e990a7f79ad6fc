package nl.dutchtechzone.finance;

import nl.dutchtechzone.testing.NullMarkedContract;

/** Every package of dtz-finance is {@code @NullMarked}; its module requires JSpecify statically. */
class NullMarkedTest extends NullMarkedContract {

  @Override
  protected String basePackage() {
    return "nl.dutchtechzone.finance";
  }

  @Override
  protected String moduleName() {
    return "nl.dutchtechzone.finance";
  }
}
