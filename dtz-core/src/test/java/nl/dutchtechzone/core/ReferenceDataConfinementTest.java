package nl.dutchtechzone.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing of Dutch TechZone is assumed outside the reference data: the main sources and resources
 * of every library module ({@code dtz-*}) name the programme, its municipalities, their CBS codes,
 * its province or its rate of EUR 1.00 only in the reference packages ({@code
 * nl.dutchtechzone.core.reference}, {@code nl.dutchtechzone.finance.reference}), in a line that
 * documents the reference data (it says "reference data" or "reference dataset"), or as the
 * {@code DTZ-F} prefix of the built-in rule codes. This is the grep, kept true.
 */
class ReferenceDataConfinementTest {

  private static final Path ROOT =
      Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("..").normalize();

  /** The grep, with the municipalities' names and the province added. */
  static final Pattern PROGRAMME = Pattern.compile("DTZ|Dutch TechZone|Emmen|GM0114|GM0109"
      + "|GM0118|GM0160|1\\.00|Coevorden|Hoogeveen|Hardenberg|Drenthe");

  /** A rule code or message key of the built-in rules, such as DTZ-F002 or DTZ-Fnnn. */
  static final Pattern RULE_CODE = Pattern.compile("DTZ-F[0-9n]{3}");

  static final Pattern REFERENCE_DOCUMENTATION =
      Pattern.compile("reference data(set)?", Pattern.CASE_INSENSITIVE);

  static final List<String> REFERENCE_PACKAGES = List.of(
      "src/main/java/nl/dutchtechzone/core/reference/",
      "src/main/java/nl/dutchtechzone/finance/reference/");

  /** Whether a line of a main file assumes the reference programme where it should not. */
  static boolean assumesTheReferenceProgramme(String path, String line) {
    String unixPath = path.replace('\\', '/');
    if (REFERENCE_PACKAGES.stream().anyMatch(unixPath::contains)
        || REFERENCE_DOCUMENTATION.matcher(line).find()) {
      return false;
    }
    return PROGRAMME.matcher(RULE_CODE.matcher(line).replaceAll("")).find();
  }

  @Test
  void theScanFlagsWhatTheGrepFindsOutsideTheAllowList() {
    String general = "dtz-core/src/main/java/nl/dutchtechzone/core/Programme.java";
    assertThat(assumesTheReferenceProgramme(general, " * such as Dutch TechZone")).isTrue();
    assertThat(assumesTheReferenceProgramme(general, " * such as {@code GM0114}")).isTrue();
    assertThat(assumesTheReferenceProgramme(general, " * a rate such as EUR 1.00")).isTrue();
    assertThat(assumesTheReferenceProgramme(general, "DTZ-F002 for Emmen")).isTrue();
    assertThat(assumesTheReferenceProgramme(general, " * the scheme of DTZ")).isTrue();
    assertThat(assumesTheReferenceProgramme(general, "DTZ-F002.farOff=The spending lines"))
        .isFalse();
    assertThat(assumesTheReferenceProgramme(general, " * codes ({@code DTZ-Fnnn})")).isFalse();
    assertThat(assumesTheReferenceProgramme(general,
        " * The Dutch TechZone reference dataset as shipped")).isFalse();
    assertThat(assumesTheReferenceProgramme(
        "dtz-finance/src/main/java/nl/dutchtechzone/finance/reference/ReferenceScheme.java",
        " * EUR 1.00 per inhabitant in Emmen")).isFalse();
  }

  @Test
  void noMainSourceOrResourceAssumesTheReferenceProgramme() throws IOException {
    List<Path> modules;
    try (Stream<Path> children = Files.list(ROOT)) {
      modules = children.filter(p -> p.getFileName().toString().startsWith("dtz-"))
          .filter(p -> Files.isDirectory(p.resolve("src/main")))
          .sorted().collect(Collectors.toList());
    }
    assertThat(modules).extracting(p -> p.getFileName().toString())
        .contains("dtz-core", "dtz-finance", "dtz-reporting", "dtz-pdf");
    List<String> hits = new ArrayList<>();
    int files = 0;
    for (Path module : modules) {
      List<Path> main;
      try (Stream<Path> walk = Files.walk(module.resolve("src/main"))) {
        main = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
      }
      for (Path file : main) {
        byte[] bytes = Files.readAllBytes(file);
        if (isBinary(bytes)) {
          continue;
        }
        files++;
        String path = ROOT.relativize(file).toString();
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines()
            .collect(Collectors.toList());
        for (int i = 0; i < lines.size(); i++) {
          if (assumesTheReferenceProgramme(path, lines.get(i))) {
            hits.add(path + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(files).as("text files scanned").isGreaterThan(200);
    assertThat(hits).as("Dutch TechZone assumed outside the reference data; use a neutral"
        + " example or point to the reference data").isEmpty();
  }

  private static boolean isBinary(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}
