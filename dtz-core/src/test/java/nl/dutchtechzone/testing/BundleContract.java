package nl.dutchtechzone.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract of a family of text bundles: the Dutch file has exactly the keys of the English
 * root file, and each Dutch text has the placeholders of its English one — the same
 * {@link String#format} arguments with the same conversions ({@code %s} counted in order, or
 * {@code %2$s} by position, so a translation may reorder them) and the same set of
 * {@link java.text.MessageFormat}-style indices ({@code {0}}, {@code {1}}, …). Shared by every module's same-keys test through dtz-core's test jar,
 * so that the rule is written once.
 */
public final class BundleContract {

  private static final Pattern FORMAT = Pattern.compile("%(?:(\\d+)\\$)?([a-z%])");
  private static final Pattern INDEX = Pattern.compile("\\{(\\d+)}");

  private BundleContract() {}

  /**
   * Reads one bundle file next to a class, as UTF-8.
   *
   * @param anchor the class the file lies next to
   * @param file the file name, such as {@code messages_nl.properties}
   * @return its texts
   */
  public static Properties load(Class<?> anchor, String file) {
    Properties properties = new Properties();
    try (InputStream in = anchor.getResourceAsStream(file)) {
      assertThat(in).as("bundle file %s next to %s", file, anchor.getName()).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return properties;
  }

  /**
   * Checks that {@code <base>_nl.properties} has the keys and placeholders of
   * {@code <base>.properties}, both next to {@code anchor}.
   *
   * @param anchor the class the files lie next to
   * @param base the base name of the files, such as {@code messages}
   * @param ownPlaceholders keys whose Dutch text may use other placeholders (say why at the
   *     call)
   */
  public static void assertDutchMatchesEnglish(Class<?> anchor, String base,
      String... ownPlaceholders) {
    Properties english = load(anchor, base + ".properties");
    Properties dutch = load(anchor, base + "_nl.properties");

    assertThat(new TreeSet<>(dutch.stringPropertyNames())).as("keys of %s_nl", base)
        .isNotEmpty().isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    Set<String> excused = Set.of(ownPlaceholders);
    TreeMap<String, List<String>> expected = new TreeMap<>();
    TreeMap<String, List<String>> actual = new TreeMap<>();
    for (String key : english.stringPropertyNames()) {
      if (!excused.contains(key)) {
        expected.put(key, placeholders(english.getProperty(key)));
        actual.put(key, placeholders(dutch.getProperty(key)));
      }
    }
    assertThat(actual).as("placeholders of %s_nl", base).isEqualTo(expected);
  }

  /**
   * The placeholders of a text: its format arguments by position with their conversions
   * ({@code %1$s}, sorted), then its sorted indices ({@code {0}}).
   *
   * @param text the text
   * @return the placeholders
   */
  public static List<String> placeholders(String text) {
    TreeSet<String> formats = new TreeSet<>();
    int next = 0;
    Matcher format = FORMAT.matcher(text);
    while (format.find()) {
      String conversion = format.group(2);
      if (conversion.equals("%") || conversion.equals("n")) {
        continue;
      }
      int position = format.group(1) != null ? Integer.parseInt(format.group(1)) : ++next;
      formats.add("%" + position + "$" + conversion);
    }
    List<String> out = new ArrayList<>(formats);
    TreeSet<Integer> indices = new TreeSet<>();
    Matcher index = INDEX.matcher(text);
    while (index.find()) {
      indices.add(Integer.parseInt(index.group(1)));
    }
    indices.forEach(i -> out.add("{" + i + "}"));
    return out;
  }
}
