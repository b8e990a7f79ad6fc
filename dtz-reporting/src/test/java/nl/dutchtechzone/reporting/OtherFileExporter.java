package nl.dutchtechzone.reporting;

/** A test provider listed in a second, well-formed services file. */
public class OtherFileExporter extends GoodTestExporter {

  @Override
  public String format() {
    return "test-other-file";
  }
}
