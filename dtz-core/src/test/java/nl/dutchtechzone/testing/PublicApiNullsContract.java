package nl.dutchtechzone.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The null-argument contract for every public type of one dtz module: each public static method,
 * constructor and instance method rejects a null argument with a {@link NullPointerException}
 * (Guava testlib's {@link NullPointerTester}). The public types are found by scanning the
 * module's base package with ArchUnit, so a new public type without a sample instance fails.
 *
 * <p>A module's test extends this class and says which package to scan, which sample instance
 * to use for each type with instance methods, and which default values the tester needs beyond
 * the samples. Shared by dtz-core, dtz-finance and dtz-reporting through dtz-core's test jar.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PublicApiNullsContract {

  private Map<Class<?>, Object> samples;

  /**
   * The package whose public types (and those of its subpackages) are tested.
   *
   * @return the package name
   */
  protected abstract String basePackage();

  /**
   * A sample instance of every public type that has public instance methods, by type.
   *
   * @return the samples
   */
  protected abstract Map<Class<?>, Object> samples();

  /**
   * Sets the tester's default values for parameter types that are not among the samples.
   *
   * @param tester the tester
   */
  protected void setDefaults(NullPointerTester tester) {}

  /**
   * Whether a scanned class belongs to the tested API; all do unless overridden.
   *
   * @param type the scanned class
   * @return true to test it
   */
  protected boolean isTested(JavaClass type) {
    return true;
  }

  /**
   * Whether a type's public constructors are exempt from the contract; none are unless
   * overridden.
   *
   * @param type the type
   * @return true to skip its constructors
   */
  protected boolean constructorsMayTakeNull(Class<?> type) {
    return false;
  }

  /**
   * The public types of the module: public classes, interfaces and enums (nested ones only if
   * every enclosing class is public too), not annotations, in name order.
   *
   * @return the types
   */
  protected final List<Class<?>> publicTypes() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(basePackage())
        .stream()
        .filter(c -> !c.isAnnotation())
        .filter(this::isTested)
        .map(JavaClass::reflect)
        .filter(PublicApiNullsContract::isAccessibleFromOutside)
        .sorted(Comparator.comparing(Class::getName))
        .collect(Collectors.toList());
  }

  private static boolean isAccessibleFromOutside(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private Map<Class<?>, Object> sampleMap() {
    if (samples == null) {
      samples = samples();
    }
    return samples;
  }

  private NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester();
    setDefaults(tester);
    sampleMap().forEach((type, value) -> setDefault(tester, type, value));
    return tester;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  @ParameterizedTest
  @MethodSource("publicTypes")
  void staticMethodsRejectNulls(Class<?> type) {
    tester().testAllPublicStaticMethods(type);
  }

  @ParameterizedTest
  @MethodSource("publicTypes")
  void constructorsRejectNulls(Class<?> type) {
    if (constructorsMayTakeNull(type)) {
      return;
    }
    tester().testAllPublicConstructors(type);
  }

  @ParameterizedTest
  @MethodSource("publicTypes")
  void instanceMethodsRejectNulls(Class<?> type) throws Exception {
    if (type.isEnum() || type.isInterface() || isStaticOnly(type)) {
      return;
    }
    Object sample;
    if (type.getSimpleName().equals("Builder")) {
      sample = type.getEnclosingClass().getMethod("builder").invoke(null);
    } else {
      sample = sampleMap().get(type);
    }
    assertThat(sample).as("a sample instance of %s for this test", type.getName()).isNotNull();
    tester().testAllPublicInstanceMethods(sample);
  }

  private static boolean isStaticOnly(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .allMatch(m -> Modifier.isStatic(m.getModifiers()))
        && Arrays.stream(type.getConstructors()).findAny().isEmpty();
  }
}
