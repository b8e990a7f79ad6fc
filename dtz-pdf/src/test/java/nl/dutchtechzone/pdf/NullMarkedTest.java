package nl.dutchtechzone.pdf;

import nl.dutchtechzone.testing.NullMarkedContract;

/** Every package of dtz-pdf is {@code @NullMarked}; its module requires JSpecify statically. */
class NullMarkedTest extends NullMarkedContract {

  @Override
  protected String basePackage() {
    return "nl.dutchtechzone.pdf";
  }

  @Override
  protected String moduleName() {
    return "nl.dutchtechzone.pdf";
  }
}
