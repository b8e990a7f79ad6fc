package nl.dutchtechzone.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract that a module keeps no language rule of its own: no main source file outside the
 * one rule ({@code nl.dutchtechzone.core.language.Languages}) calls {@code getLanguage()} to
 * choose a text, and none carries an English/Dutch flag ({@code boolean english}, {@code boolean
 * dutch}, {@code isEnglish}, {@code isDutch}). A module lists the calls that choose no text
 * ({@link #allowed()}): each a file, a part of the line that identifies the call, and why. A
 * listed call that no longer exists fails too, so the list cannot go stale. Shared by every
 * module's test through dtz-core's test jar, so that the scan is written once.
 */
public abstract class LanguageRuleContract {

  private static final Pattern GET_LANGUAGE = Pattern.compile("\\bgetLanguage\\s*\\(");
  private static final Pattern FLAG = Pattern.compile(
      "\\bboolean\\s+(english|dutch|isEnglish|isDutch)\\b|\\b(isEnglish|isDutch)\\s*\\(",
      Pattern.CASE_INSENSITIVE);

  /** A call of {@code getLanguage()} that chooses no text, with the reason. */
  protected static final class Allowed {
    final String file;
    final String line;

    private Allowed(String file, String line) {
      this.file = file;
      this.line = line;
    }

    /**
     * An allowed call.
     *
     * @param file the end of the file's path, such as {@code html/HtmlExporter.java}
     * @param line a part of the line that identifies the call
     * @param why why it chooses no text (documentation at the call site of the list)
     * @return the entry
     */
    public static Allowed of(String file, String line, String why) {
      assertThat(why).as("the reason for allowing %s", file).isNotBlank();
      return new Allowed(file, line);
    }

    @Override
    public String toString() {
      return file + ": " + line;
    }
  }

  /**
   * The main source folders of the module, relative to its base directory.
   *
   * @return the folders, {@code src/main/java} unless overridden
   */
  protected List<Path> sources() {
    return List.of(Paths.get("src/main/java"));
  }

  /**
   * The calls of {@code getLanguage()} in the module's main sources that choose no text.
   *
   * @return the allowed calls, empty unless overridden
   */
  protected List<Allowed> allowed() {
    return List.of();
  }

  @Test
  void noMainSourceChoosesALanguageOfItsOwn() {
    List<Allowed> allowed = allowed();
    List<String> found = new ArrayList<>();
    List<Allowed> used = new ArrayList<>();
    for (Map.Entry<Path, List<String>> file : files().entrySet()) {
      String name = file.getKey().toString().replace('\\', '/');
      if (name.endsWith("nl/dutchtechzone/core/language/Languages.java")) {
        continue;
      }
      List<String> lines = file.getValue();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.strip().startsWith("*") || line.strip().startsWith("//")) {
          continue;
        }
        if (FLAG.matcher(line).find()) {
          found.add(name + ":" + (i + 1) + ": an English/Dutch flag: " + line.strip());
        }
        if (GET_LANGUAGE.matcher(line).find()) {
          Allowed allowance = allowed.stream()
              .filter(a -> name.endsWith(a.file) && line.contains(a.line)).findFirst()
              .orElse(null);
          if (allowance == null) {
            found.add(name + ":" + (i + 1) + ": " + line.strip());
          } else {
            used.add(allowance);
          }
        }
      }
    }
    assertThat(found).as("choices of a language outside Languages (call Languages.of, code,"
        + " choose or bundle)").isEmpty();
    assertThat(allowed).as("allowed calls that are no longer in the sources")
        .allMatch(used::contains);
  }

  private Map<Path, List<String>> files() {
    Map<Path, List<String>> out = new java.util.TreeMap<>();
    for (Path folder : sources()) {
      assertThat(folder).as("source folder of the module").isDirectory();
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path p : walk.filter(f -> f.toString().endsWith(".java"))
            .collect(Collectors.toList())) {
          out.put(p, Files.readAllLines(p, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the sources in " + folder, e);
      }
    }
    assertThat(out).as("main sources of the module").isNotEmpty();
    return out;
  }
}
