package nl.dutchtechzone.reporting;

/** A test provider whose format id is malformed. */
public class BadFormatExporter extends GoodTestExporter {

  @Override
  public String format() {
    return "Not A Format!";
  }
}
