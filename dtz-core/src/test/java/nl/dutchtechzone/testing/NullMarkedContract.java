package nl.dutchtechzone.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * The nullness contract of one dtz library module: every package that holds main classes is
 * {@link NullMarked} in its {@code package-info.java} (so every type in it is non-null unless
 * marked {@code @Nullable}), and the module descriptor {@code requires static org.jspecify}, so
 * the annotations are there for the compiler and for checkers but not needed at run time.
 *
 * <p>The packages are found by scanning the module's base package with ArchUnit, so a new package
 * without the annotation fails. A module's test extends this class and names its base package and
 * its JPMS module. Shared by dtz-core, dtz-finance and dtz-reporting through dtz-core's test jar.
 */
public abstract class NullMarkedContract {

  /**
   * The package whose packages (it and its subpackages) are checked.
   *
   * @return the package name
   */
  protected abstract String basePackage();

  /**
   * The JPMS name of the module under test.
   *
   * @return the module name
   */
  protected abstract String moduleName();

  private List<JavaClass> mainClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(basePackage())
        .stream()
        .filter(c -> !c.getSimpleName().equals("package-info"))
        .collect(Collectors.toList());
  }

  @Test
  void everyPackageIsNullMarked() {
    List<JavaClass> classes = mainClasses();
    TreeSet<String> packages =
        classes.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
    assertThat(packages).as("packages under " + basePackage()).isNotEmpty();
    ClassLoader loader = getClass().getClassLoader();
    List<String> unmarked = packages.stream()
        .filter(p -> !isNullMarked(p, loader))
        .collect(Collectors.toList());
    assertThat(unmarked)
        .as("packages without @NullMarked in their package-info.java")
        .isEmpty();
  }

  @Test
  void theModuleRequiresJSpecifyStatically() throws IOException, URISyntaxException {
    Class<?> anyClass = mainClasses().get(0).reflect();
    ModuleDescriptor descriptor = descriptorOf(anyClass);
    assertThat(descriptor.name()).isEqualTo(moduleName());
    Optional<ModuleDescriptor.Requires> jspecify = descriptor.requires().stream()
        .filter(r -> r.name().equals("org.jspecify"))
        .findFirst();
    assertThat(jspecify).as(moduleName() + " requires org.jspecify").isPresent();
    assertThat(jspecify.get().modifiers())
        .as("org.jspecify is required statically (compile time only)")
        .contains(ModuleDescriptor.Requires.Modifier.STATIC);
  }

  private static boolean isNullMarked(String packageName, ClassLoader loader) {
    try {
      return Class.forName(packageName + ".package-info", false, loader)
          .isAnnotationPresent(NullMarked.class);
    } catch (ClassNotFoundException e) {
      return false; // no package-info.java at all (or one without annotations): not marked
    }
  }

  /** The descriptor of the module a class belongs to, on the module path or the class path. */
  private static ModuleDescriptor descriptorOf(Class<?> type) throws IOException,
      URISyntaxException {
    if (type.getModule().isNamed()) {
      return type.getModule().getDescriptor();
    }
    Path root = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (Files.isDirectory(root)) {
      try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    }
    try (JarFile jar = new JarFile(root.toFile());
        InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }
}
