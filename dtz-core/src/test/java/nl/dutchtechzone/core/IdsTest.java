package nl.dutchtechzone.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IdsTest {

  /** The documented rule, as a regular expression: the specification the checker must match. */
  private static final Pattern RULE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  @Property(tries = 5000)
  void agreesWithTheDocumentedRule(@ForAll("candidates") String id) {
    assertThat(Ids.isValid(id)).as("'%s'", id).isEqualTo(RULE.matcher(id).matches());
  }

  @Provide
  Arbitrary<String> candidates() {
    // Characters on both sides of every boundary of the rule, and look-alikes outside ASCII.
    Arbitrary<Character> chars = Arbitraries.of('a', 'z', 'A', 'Z', '0', '9', '.', '_', '-',
        '@', '[', '`', '{', '/', ':', ' ', '\t', '\n', 'é', 'ß', 'İ', '٣', '０', 'Ａ', '\u0000');
    return Arbitraries.oneOf(
        chars.list().ofMinSize(0).ofMaxSize(6).map(IdsTest::join),
        chars.list().ofMinSize(95).ofMaxSize(105).map(IdsTest::join),
        Arbitraries.strings().alpha().numeric().withChars('.', '_', '-').ofMinLength(98)
            .ofMaxLength(102));
  }

  private static String join(List<Character> cs) {
    StringBuilder b = new StringBuilder(cs.size());
    cs.forEach(b::append);
    return b.toString();
  }

  @Test
  void acceptsEachAllowedCharacterAfterTheFirst() {
    assertThat(Ids.isValid("a.b_c-d")).isTrue();
    assertThat(Ids.isValid("0")).isTrue();
    assertThat(Ids.isValid("Z9")).isTrue();
  }

  @Test
  void rejectsAPunctuationFirstCharacterAndTheEmptyText() {
    assertThat(Ids.isValid("")).isFalse();
    assertThat(Ids.isValid(".a")).isFalse();
    assertThat(Ids.isValid("_a")).isFalse();
    assertThat(Ids.isValid("-a")).isFalse();
  }

  @Test
  void rejectsNonAsciiLettersAndDigits() {
    assertThat(Ids.isValid("café")).isFalse();
    assertThat(Ids.isValid("١")).isFalse();
    assertThat(Ids.isValid("a b")).isFalse();
  }

  @Test
  void checkNamesTheFieldAndTheValue() {
    assertThatThrownBy(() -> Ids.check("Partner.id", "em men"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Partner.id")
        .hasMessageContaining("'em men'")
        .hasMessageContaining("at most 100 characters");
  }

  @Test
  void checkWithAnOwnerNamesTheFieldOfTheOwnerAndTheValue() {
    assertThat(Ids.check("Activity.aimIds", "a1", "aim-2")).isEqualTo("aim-2");
    assertThatThrownBy(() -> Ids.check("Activity.aimIds", "a1", "aim 2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Activity.aimIds of 'a1' must be an id")
        .hasMessageEndingWith("got 'aim 2'");
  }

  @Property(tries = 300)
  void checkUniqueFindsTheFirstRepeatOrYieldsTheSetOfIds(
      @ForAll("idLists") List<String> ids, @ForAll("shortIds") String probe) {
    // An independent oracle: a HashSet, filled in order.
    java.util.Set<String> seen = new java.util.HashSet<>();
    String repeat = null;
    for (String id : ids) {
      if (!seen.add(id)) {
        repeat = id;
        break;
      }
    }
    List<Item> items = ids.stream().map(Item::new).collect(java.util.stream.Collectors.toList());
    if (repeat != null) {
      assertThatThrownBy(() -> Ids.checkUnique("Budget.lines of 2023", items, Item::id))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Budget.lines of 2023 must have unique ids, but '" + repeat
              + "' occurs more than once");
      return;
    }
    java.util.Set<String> set = Ids.checkUnique("Budget.lines of 2023", items, Item::id);
    assertThat(set).isEqualTo(seen).hasSize(ids.size());
    assertThat(set).containsExactlyElementsOf(ids);
    assertThat(set.contains(probe)).isEqualTo(seen.contains(probe));
    assertThat(set.hashCode()).isEqualTo(seen.hashCode());
    assertThatThrownBy(() -> set.add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Property(tries = 300)
  void repeatsNamesEveryRepeatWithItsFirstOccurrence(@ForAll("idLists") List<String> ids) {
    // An independent oracle: the first index of each id, in a map.
    java.util.Map<String, Integer> first = new java.util.HashMap<>();
    List<Integer> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Integer earlier = first.putIfAbsent(ids.get(i), i);
      if (earlier != null) {
        pairs.add(i);
        pairs.add(earlier);
      }
    }
    assertThat(Ids.repeats(ids)).containsExactly(
        pairs.stream().mapToInt(Integer::intValue).toArray());
  }

  @Test
  void checkUniqueTakesACollectionThatIsNoList() {
    java.util.Set<String> ids = new java.util.TreeSet<>(List.of("b", "a", "c"));
    assertThat(Ids.checkUnique("Activity.actionIds of 'a1'", ids, a -> a))
        .containsExactly("a", "b", "c");
    assertThat(Ids.checkUnique("AnnualPlan.themes", List.<String>of(), a -> a)).isEmpty();
  }

  @Test
  void checkUniqueFindsARepeatAmongAHundredThousandIds() {
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      ids.add("line-" + i);
    }
    assertThat(Ids.checkUnique("Budget.lines of 2023", ids, a -> a)).hasSize(100_000)
        .contains("line-0", "line-99999").doesNotContain("line-100000");
    ids.add("line-73012");
    assertThatThrownBy(() -> Ids.checkUnique("Budget.lines of 2023", ids, a -> a))
        .hasMessageContaining("'line-73012' occurs more than once");
  }

  @Test
  void checkUniqueNamesTheFieldOfANullId() {
    assertThatThrownBy(() -> Ids.checkUnique("AnnualReport.aims", List.of(new Item(null)),
        Item::id)).isInstanceOf(NullPointerException.class)
        .hasMessage("AnnualReport.aims holds a null id");
  }

  @Provide
  Arbitrary<List<String>> idLists() {
    return shortIds().list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<String> shortIds() {
    // Few letters, so that repeats and hash collisions are common.
    return Arbitraries.strings().withChars('a', 'b', 'c').ofMinLength(1).ofMaxLength(3);
  }

  /** An item with an id, as the model's values have. */
  private static final class Item {
    private final String id;

    Item(String id) {
      this.id = id;
    }

    String id() {
      return id;
    }
  }
}
