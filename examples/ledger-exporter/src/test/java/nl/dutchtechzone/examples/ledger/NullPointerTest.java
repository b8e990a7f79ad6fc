package nl.dutchtechzone.examples.ledger;

import com.google.common.testing.NullPointerTester;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.junit.jupiter.api.Test;

class NullPointerTest {

  @Test
  void rejectsNullsNamingTheParameter() {
    NullPointerTester tester = new NullPointerTester().setDefault(ExportContext.class,
        ExportContext.builder().programme(DutchTechZone.programme()).year(2023).build());

    tester.testAllPublicInstanceMethods(new LedgerExporter());
  }
}
