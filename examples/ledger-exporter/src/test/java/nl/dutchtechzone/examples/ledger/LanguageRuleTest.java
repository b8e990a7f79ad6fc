package nl.dutchtechzone.examples.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin chooses its language through dtz's public rule only: no main source calls {@code
 * getLanguage()} or keeps an English/Dutch flag. (dtz-core's shared scan lives in its test jar,
 * which a plugin built against the published API does not take; this is the same scan.)
 */
class LanguageRuleTest {

  private static final Pattern OWN_RULE = Pattern.compile(
      "\\bgetLanguage\\s*\\(|\\bboolean\\s+(english|dutch)\\b|\\bisEnglish\\s*\\(",
      Pattern.CASE_INSENSITIVE);

  @Test
  void noMainSourceChoosesALanguageOfItsOwn() throws IOException {
    List<String> found;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      found = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
        try {
          return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
              .filter(line -> OWN_RULE.matcher(line).find()).map(line -> p + ": " + line.strip());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).collect(Collectors.toList());
    }
    assertThat(found).isEmpty();
  }
}
