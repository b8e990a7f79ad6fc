package nl.dutchtechzone.finance;

import nl.dutchtechzone.testing.BuilderTableContract;

/** The builder tables of dtz-finance's value types are what the types say. */
class BuilderTableTest extends BuilderTableContract {

  @Override
  protected String basePackage() {
    return "nl.dutchtechzone.finance";
  }
}
