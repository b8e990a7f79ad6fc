import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks what {@code mvn deploy -DaltDeploymentRepository=local::file:DIR} published: run by
 * {@code scripts/deploy-check.sh} with the JDK's single-file launcher (no build, no dependencies).
 *
 * <p>Usage: {@code java scripts/DeployCheck.java ROOT_POM REPO MAVEN_LOG [signed]}; the group id
 * and the version are read from the root POM. With {@code signed}, every file must also have an
 * ASCII-armoured {@code .asc} signature (the script verifies them with gpg).
 *
 * <p>The published artifacts are the parent POM, the BOM and every artifact the BOM lists. For
 * each: the POM (with the elements Maven Central requires, taken from the POM or its published
 * parent), and for a jar module the jar, the sources jar, the javadoc jar and the CycloneDX SBOM;
 * every file with {@code .md5} and {@code .sha1} checksums that match its bytes. Anything deployed
 * that the BOM does not list fails the check, and so does a BOM entry that was not deployed. The
 * modules that Maven skipped (not published) are listed from the Maven log.
 */
public final class DeployCheck {

  private static final List<String> REQUIRED_POM_ELEMENTS =
      List.of("name", "description", "url", "licenses", "scm", "developers", "issueManagement");

  private static final List<String> JAR_MODULE_FILES =
      List.of(".pom", ".jar", "-sources.jar", "-javadoc.jar", "-cyclonedx.json");

  private final List<String> problems = new ArrayList<>();
  private final List<String> checked = new ArrayList<>();
  private final boolean signed;

  private DeployCheck(boolean signed) {
    this.signed = signed;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3 && !(args.length == 4 && args[3].equals("signed"))) {
      System.err.println("usage: java DeployCheck.java ROOT_POM REPO MAVEN_LOG [signed]");
      System.exit(2);
    }
    Element root = parse(Path.of(args[0])).getDocumentElement();
    String groupId = text(root, "groupId").orElseThrow();
    String version = text(root, "version").orElseThrow();
    DeployCheck check = new DeployCheck(args.length == 4);
    check.run(Path.of(args[1]), groupId, version, Path.of(args[2]));
    check.checked.forEach(line -> System.out.println("deploy-check: ok " + line));
    if (!check.problems.isEmpty()) {
      check.problems.forEach(p -> System.err.println("deploy-check: FAIL " + p));
      System.err.println("deploy-check: " + check.problems.size() + " problem(s)");
      System.exit(1);
    }
    System.out.println("deploy-check: every published artifact is complete");
  }

  private void run(Path repo, String groupId, String version, Path mavenLog) throws Exception {
    Path groupDir = repo.resolve(groupId.replace('.', '/'));
    if (!Files.isDirectory(groupDir)) {
      problems.add("nothing was deployed under " + groupDir);
      return;
    }
    Set<String> deployed;
    try (Stream<Path> dirs = Files.list(groupDir)) {
      deployed = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }

    Optional<Path> bomPom = pomOf(groupDir, "dtz-bom", version);
    Optional<Path> parentPom = pomOf(groupDir, "dtz-parent", version);
    if (bomPom.isEmpty() || parentPom.isEmpty()) {
      problems.add("dtz-parent and dtz-bom must both be deployed; deployed: " + deployed);
      return;
    }
    Document parent = parse(parentPom.get());
    Document bom = parse(bomPom.get());
    Set<String> listed = checkBom(bom, groupId, version);

    Set<String> expected = new LinkedHashSet<>(List.of("dtz-parent", "dtz-bom"));
    expected.addAll(listed);
    for (String artifact : deployed) {
      if (!expected.contains(artifact)) {
        problems.add(artifact + " was deployed but dtz-bom does not list it: add it to"
            + " dtz-bom/pom.xml, or skip its deployment (maven.deploy.skip)");
      }
    }
    for (String artifact : expected) {
      if (!deployed.contains(artifact)) {
        problems.add(artifact + " is listed in dtz-bom (or is the parent or the BOM) but was"
            + " not deployed");
        continue;
      }
      Path dir = groupDir.resolve(artifact).resolve(version);
      Path pom = pomOf(groupDir, artifact, version).orElse(null);
      if (pom == null) {
        problems.add(artifact + ": no POM in " + dir);
        continue;
      }
      Document doc = parse(pom);
      String packaging = text(doc.getDocumentElement(), "packaging").orElse("jar");
      checkPom(artifact, doc, artifact.equals("dtz-parent") || artifact.equals("dtz-bom")
          ? null : parent);
      String base = pom.getFileName().toString().replaceFirst("\\.pom$", "");
      List<String> files = packaging.equals("pom") ? List.of(".pom") : JAR_MODULE_FILES;
      for (String suffix : files) {
        Path file = dir.resolve(base + suffix);
        if (!Files.isRegularFile(file)) {
          problems.add(artifact + ": missing " + file.getFileName());
          continue;
        }
        checkChecksums(artifact, file);
        if (signed) {
          checkSignature(artifact, file);
        }
        if (suffix.equals("-cyclonedx.json")) {
          checkSbom(artifact, groupId, version, file);
        }
        if (suffix.endsWith(".jar") && Files.size(file) < 100) {
          problems.add(artifact + ": " + file.getFileName() + " is empty");
        }
      }
      checked.add(artifact + " (" + packaging + ": " + String.join(" ", files)
          + ", each with .md5 and .sha1" + (signed ? " and .asc" : "") + ")");
    }
    for (String skipped : skippedModules(mavenLog)) {
      System.out.println("deploy-check: skipped, not published: " + skipped);
    }
  }

  private Set<String> checkBom(Document bom, String groupId, String version) {
    Element root = bom.getDocumentElement();
    if (child(root, "parent").isPresent()) {
      problems.add("dtz-bom: the published BOM has a <parent>; importing it would import the"
          + " parent's dependencyManagement (Guava, Jackson, ...) into the consumer's build");
    }
    Set<String> listed = new TreeSet<>();
    Element management = child(root, "dependencyManagement").flatMap(e -> child(e, "dependencies"))
        .orElse(null);
    if (management == null) {
      problems.add("dtz-bom: no dependencyManagement");
      return listed;
    }
    for (Element dependency : children(management, "dependency")) {
      String g = text(dependency, "groupId").orElse("");
      String a = text(dependency, "artifactId").orElse("");
      String v = text(dependency, "version").orElse("");
      if (!g.equals(groupId)) {
        problems.add("dtz-bom lists " + g + ":" + a + "; it must list dtz artifacts only");
        continue;
      }
      if (!v.equals(version) && !v.equals("${project.version}")) {
        problems.add("dtz-bom lists " + a + " at version " + v + "; expected " + version);
      }
      listed.add(a);
    }
    return listed;
  }

  private void checkPom(String artifact, Document pom, Document parent) {
    Element root = pom.getDocumentElement();
    for (String element : REQUIRED_POM_ELEMENTS) {
      boolean here = child(root, element).isPresent();
      // name is not inherited in Maven's model; the others are.
      boolean inherited = !element.equals("name") && parent != null
          && child(parent.getDocumentElement(), element).isPresent();
      if (!here && !inherited) {
        problems.add(artifact + ": the POM has no <" + element + ">"
            + (element.equals("name") ? "" : " and does not inherit one from dtz-parent"));
      }
    }
    Element withLicence = child(root, "licenses").isPresent() || parent == null ? root
        : parent.getDocumentElement();
    String licence = child(withLicence, "licenses").flatMap(l -> child(l, "license"))
        .flatMap(l -> text(l, "name")).orElse("");
    if (!licence.equals("EUPL-1.2")) {
      problems.add(artifact + ": licence name is '" + licence + "'; expected EUPL-1.2");
    }
  }

  private void checkSbom(String artifact, String groupId, String version, Path file)
      throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);
    if (!json.contains("\"bomFormat\" : \"CycloneDX\"")) {
      problems.add(artifact + ": " + file.getFileName() + " is not a CycloneDX BOM");
    }
    String self = "\"purl\" : \"pkg:maven/" + groupId + "/" + artifact + "@" + version;
    if (!json.contains(self)) {
      problems.add(artifact + ": the SBOM does not describe " + artifact + "@" + version);
    }
    int components = count(json, "\"purl\" : \"");
    int licences = count(json, "\"licenses\" : [");
    if (components < 2) {
      problems.add(artifact + ": the SBOM lists no dependencies");
    }
    if (licences < components) {
      problems.add(artifact + ": the SBOM has " + components + " components but only "
          + licences + " licence lists");
    }
  }

  private void checkChecksums(String artifact, Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (String algorithm : List.of("MD5", "SHA-1")) {
      Path sum = file.resolveSibling(file.getFileName() + "."
          + algorithm.replace("-", "").toLowerCase(Locale.ROOT));
      if (!Files.isRegularFile(sum)) {
        problems.add(artifact + ": missing " + sum.getFileName());
        continue;
      }
      String expected = Files.readString(sum, StandardCharsets.US_ASCII).trim().split("\\s+")[0];
      String actual = digest(algorithm, bytes);
      if (!expected.equalsIgnoreCase(actual)) {
        problems.add(artifact + ": " + sum.getFileName() + " says " + expected
            + " but the file's " + algorithm + " is " + actual);
      }
    }
  }

  private void checkSignature(String artifact, Path file) throws IOException {
    Path asc = file.resolveSibling(file.getFileName() + ".asc");
    if (!Files.isRegularFile(asc)) {
      problems.add(artifact + ": missing " + asc.getFileName());
      return;
    }
    if (!Files.readString(asc, StandardCharsets.US_ASCII)
        .startsWith("-----BEGIN PGP SIGNATURE-----")) {
      problems.add(artifact + ": " + asc.getFileName() + " is not an ASCII-armoured signature");
    }
  }

  private static List<String> skippedModules(Path mavenLog) throws IOException {
    List<String> skipped = new ArrayList<>();
    if (!Files.isRegularFile(mavenLog)) {
      return skipped;
    }
    Pattern deploy = Pattern.compile("--- maven-deploy-plugin:[^ ]+:deploy \\([^)]*\\) @ (\\S+) ---");
    String module = null;
    for (String line : Files.readAllLines(mavenLog, StandardCharsets.UTF_8)) {
      Matcher m = deploy.matcher(line);
      if (m.find()) {
        module = m.group(1);
      } else if (module != null && line.contains("Skipping artifact deployment")) {
        skipped.add(module);
        module = null;
      }
    }
    return skipped;
  }

  private static Optional<Path> pomOf(Path groupDir, String artifact, String version)
      throws IOException {
    Path dir = groupDir.resolve(artifact).resolve(version);
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      // A snapshot deployed once has one timestamped POM; a release has <artifact>-<version>.pom.
      List<Path> poms = files.filter(p -> p.getFileName().toString().endsWith(".pom"))
          .sorted().collect(Collectors.toList());
      return poms.isEmpty() ? Optional.empty() : Optional.of(poms.get(poms.size() - 1));
    }
  }

  private static Document parse(Path xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(xml.toFile());
  }

  private static Optional<Element> child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element && ((Element) node).getTagName().equals(name)) {
        found.add((Element) node);
      }
    }
    return found;
  }

  private static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().trim()).filter(t -> !t.isEmpty());
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static String digest(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is missing from this JDK", e);
    }
  }
}
