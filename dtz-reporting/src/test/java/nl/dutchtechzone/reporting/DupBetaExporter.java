package nl.dutchtechzone.reporting;

/** A test provider claiming format {@code dup} with the default priority. */
public class DupBetaExporter extends GoodTestExporter {

  @Override
  public String format() {
    return "dup";
  }
}
