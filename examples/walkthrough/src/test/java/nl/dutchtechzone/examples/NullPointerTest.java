package nl.dutchtechzone.examples;

import com.google.common.testing.NullPointerTester;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class NullPointerTest {

  @Test
  void theCommandLineEntryPointsRejectNulls() {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
    NullPointerTester tester = new NullPointerTester()
        .setDefault(PrintStream.class, discard)
        .setDefault(String[].class, new String[] {"--version"});

    tester.testAllPublicStaticMethods(Walkthrough.class);
  }
}
