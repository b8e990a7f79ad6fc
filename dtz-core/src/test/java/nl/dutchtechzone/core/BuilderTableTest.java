package nl.dutchtechzone.core;

import nl.dutchtechzone.testing.BuilderTableContract;

/** The builder tables of dtz-core's value types are what the types say. */
class BuilderTableTest extends BuilderTableContract {

  @Override
  protected String basePackage() {
    return "nl.dutchtechzone.core";
  }
}
