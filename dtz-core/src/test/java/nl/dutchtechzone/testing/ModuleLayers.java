package nl.dutchtechzone.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The module-path side of the tests, which themselves run on the class path: a library module's
 * compiled descriptor, its service declarations, and a module layer that loads it with what it
 * needs. The module path is the test class path without test classes and test jars; the module
 * system resolves from it what the root module requires, so a module whose dependencies are all
 * named modules lists no jars (its pom and module-info say that). Once one automatic module is
 * resolved, every observable automatic module is, so a module that needs automatic ones (dtz-pdf:
 * openhtmltopdf) narrows the path with {@link #load(String, Pattern)}. Shared by dtz-reporting's
 * and dtz-pdf's tests through dtz-core's test jar.
 */
public final class ModuleLayers {

  private ModuleLayers() {}

  /** The class path entries that may be modules: everything but test classes and test jars. */
  private static Path[] modulePath() {
    return modulePath(ALL);
  }

  private static final Pattern ALL = Pattern.compile(".*");

  private static Path[] modulePath(Pattern entries) {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.replace(File.separatorChar, '/').endsWith("/test-classes")
            && !e.endsWith("-tests.jar")
            && entries.matcher(e.replace(File.separatorChar, '/')).matches())
        .map(Path::of).filter(Files::exists).toArray(Path[]::new);
  }

  private static ModuleReference reference(String module) {
    return ModuleFinder.of(modulePath()).find(module).orElseThrow(() -> new AssertionError(
        "no module " + module + " on the class path"));
  }

  /**
   * The compiled descriptor of a module on the class path.
   *
   * @param module the module's name
   * @return its descriptor
   */
  public static ModuleDescriptor descriptor(String module) {
    return reference(module).descriptor();
  }

  /**
   * The providers a module's descriptor declares for a service, sorted.
   *
   * @param module the module's name
   * @param service the service's class name
   * @return the provider class names
   */
  public static List<String> providers(String module, String service) {
    return descriptor(module).provides().stream().filter(p -> p.service().equals(service))
        .flatMap(p -> p.providers().stream()).sorted().collect(Collectors.toList());
  }

  /**
   * The providers a module's {@code META-INF/services} file lists for a service, sorted.
   *
   * @param module the module's name (its classes folder holds the file)
   * @param service the service's class name
   * @return the provider class names
   */
  public static List<String> servicesFile(String module, String service) {
    Path classes = Path.of(reference(module).location().orElseThrow());
    try {
      return Files.readAllLines(classes.resolve("META-INF/services/" + service),
              StandardCharsets.UTF_8).stream()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A module layer with a root module and what it requires, in one class loader whose parent is
   * the platform loader (so nothing leaks in from the class path).
   *
   * @param root the root module's name
   * @return the loader of the layer's modules
   */
  public static ClassLoader load(String root) {
    return load(root, ALL);
  }

  /**
   * A module layer as {@link #load(String)} makes it, from the class path entries that match a
   * pattern (paths with {@code /} as separator).
   *
   * @param root the root module's name
   * @param entries the class path entries to use
   * @return the loader of the layer's modules
   */
  public static ClassLoader load(String root, Pattern entries) {
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.of(modulePath(entries)), ModuleFinder.of(), Set.of(root));
    return ModuleLayer.boot().defineModulesWithOneLoader(configuration,
        ClassLoader.getPlatformClassLoader()).findLoader(root);
  }
}
