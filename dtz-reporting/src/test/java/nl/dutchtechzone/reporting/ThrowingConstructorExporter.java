package nl.dutchtechzone.reporting;

/** A test provider whose constructor throws. */
public class ThrowingConstructorExporter extends GoodTestExporter {

  /** Always throws. */
  public ThrowingConstructorExporter() {
    throw new IllegalStateException("constructor refuses to work");
  }

  @Override
  public String format() {
    return "test-throwing";
  }
}
