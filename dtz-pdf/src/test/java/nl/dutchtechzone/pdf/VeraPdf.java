package nl.dutchtechzone.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates PDF bytes with veraPDF's greenfield validator and lists the failed rules. */
public final class VeraPdf {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /**
   * The failed rules of a PDF against one flavour, as {@code clause-test: message} lines; empty
   * when the document conforms.
   *
   * @param pdf the document
   * @param flavour the profile, such as {@link PDFAFlavour#PDFUA_1}
   * @return the failed rules
   * @throws Exception if veraPDF cannot parse the document
   */
  public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failed = new ArrayList<>();
      for (TestAssertion assertion : result.getTestAssertions()) {
        if (assertion.getStatus() == TestAssertion.Status.FAILED) {
          failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
              + ": " + assertion.getMessage());
        }
      }
      if (failed.isEmpty() && !result.isCompliant()) {
        failed.add("not compliant, but veraPDF names no failed rule: " + result.getFailedChecks());
      }
      if (result.getPDFAFlavour() != flavour) {
        failed.add("validated against " + result.getPDFAFlavour() + " instead of " + flavour);
      }
      return failed;
    }
  }
}
