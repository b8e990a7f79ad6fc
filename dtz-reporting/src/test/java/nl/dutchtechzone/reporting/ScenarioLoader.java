package nl.dutchtechzone.reporting;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * A class loader that loads classes like the test's own loader but shows only the services files
 * of chosen scenario folders under {@code src/test/resources/scenarios}, so that a discovery test
 * sees exactly the providers it sets up.
 */
final class ScenarioLoader extends ClassLoader {

  private final List<String> roots;

  ScenarioLoader(String... roots) {
    super(ScenarioLoader.class.getClassLoader());
    this.roots = List.of(roots);
  }

  /** A class this loader cannot link, as if a class it depends on were missing from the jar. */
  static final String UNLINKABLE = "nl.dutchtechzone.reporting.LinkageBrokenExporter";

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (name.equals(UNLINKABLE)) {
      throw new NoClassDefFoundError("com/example/MissingSuperclass");
    }
    return super.loadClass(name, resolve);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    if (!name.startsWith("META-INF/services/")) {
      return super.getResources(name);
    }
    List<URL> urls = new ArrayList<>();
    for (String root : roots) {
      URL url = getParent().getResource("scenarios/" + root + "/" + name);
      if (url != null) {
        urls.add(url);
      }
    }
    return Collections.enumeration(urls);
  }
}
