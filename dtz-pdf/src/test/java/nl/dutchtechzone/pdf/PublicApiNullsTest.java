package nl.dutchtechzone.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.testing.PublicApiNullsContract;
import org.junit.jupiter.api.Test;

/**
 * Every public type of dtz-pdf's API rejects null arguments with a NullPointerException. The
 * {@code internal} package is neither exported nor API.
 */
class PublicApiNullsTest extends PublicApiNullsContract {

  @Override
  protected String basePackage() {
    return "nl.dutchtechzone.pdf";
  }

  @Override
  protected boolean isTested(JavaClass type) {
    return !type.getPackageName().startsWith("nl.dutchtechzone.pdf.internal");
  }

  @Override
  protected Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> m = new LinkedHashMap<>();
    m.put(PdfExporter.class, new PdfExporter());
    m.put(ExportContext.class, Documents.second(ExportContext.DUTCH).build());
    return m;
  }

  @Override
  protected void setDefaults(NullPointerTester tester) {
    tester.setDefault(OutputStream.class, new ByteArrayOutputStream());
  }

  @Test
  void findsThePublicTypesAndNamesTheParameter() {
    assertThat(publicTypes()).containsExactly(PdfExporter.class);
    assertThatThrownBy(() -> new PdfExporter().export(null, new ByteArrayOutputStream()))
        .hasMessage("context");
    assertThatThrownBy(() -> new PdfExporter().toXhtml(null)).hasMessage("context");
  }
}
