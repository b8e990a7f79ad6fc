package nl.dutchtechzone.reporting;

/** A test provider listed in a services file after a malformed line. */
public class SurvivorExporter extends GoodTestExporter {

  @Override
  public String format() {
    return "test-survivor";
  }
}
