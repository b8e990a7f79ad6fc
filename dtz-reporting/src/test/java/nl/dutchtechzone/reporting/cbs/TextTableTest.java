package nl.dutchtechzone.reporting.cbs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void findsEveryKeyBySliceIgnoringSurroundingSpacesAcrossGrowth() {
    TextTable<Integer> table = new TextTable<>();
    for (int k = 0; k < 500; k++) {
      table.put(String.format(java.util.Locale.ROOT, "GM%04d", k), k);
    }
    for (int k = 0; k < 500; k++) {
      char[] buf = String.format(java.util.Locale.ROOT, "xx GM%04d  yy", k).toCharArray();
      assertThat(table.get(buf, 2, buf.length - 4)).isEqualTo(k);
    }
    char[] missing = "GM9999".toCharArray();
    assertThat(table.get(missing, 0, missing.length)).isNull();
    assertThat(table.get(missing, 0, 4)).as("a prefix is another key").isNull();
    List<Integer> all = new ArrayList<>();
    table.forEach(all::add);
    assertThat(all).hasSize(500).doesNotHaveDuplicates();
  }
}
