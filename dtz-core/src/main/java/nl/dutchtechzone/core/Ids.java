package nl.dutchtechzone.core;

import static java.util.Objects.requireNonNull;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Checks for the stable identifiers used throughout the model.
 *
 * <p>An id starts with a letter or digit and continues with letters, digits, {@code .}, {@code _}
 * or {@code -}: {@code emmen}, {@code 2023.1.5}, {@code programme-costs}. Ids are case-sensitive
 * and are what links a report item to an action point, a membership to a partner, and so on.
 *
 * <p>This class is thread-safe.
 */
public final class Ids {

  /** The longest id, in characters. */
  private static final int MAX_LENGTH = 100;

  private Ids() {}

  /**
   * Whether a text is a well-formed id.
   *
   * @param id the text, not null
   * @return true if {@code id} is a well-formed id
   */
  public static boolean isValid(String id) {
    int length = requireNonNull(id, "id").length();
    if (length == 0 || length > MAX_LENGTH || !isAsciiLetterOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = id.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c < 128 && LETTER_OR_DIGIT[c];
  }

  /** The ASCII letters and digits, by character: one look-up per character of an id. */
  private static final boolean[] LETTER_OR_DIGIT = new boolean[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      LETTER_OR_DIGIT[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      LETTER_OR_DIGIT[c] = true;
      LETTER_OR_DIGIT[Character.toUpperCase(c)] = true;
    }
  }

  /**
   * Checks that a text is a well-formed id.
   *
   * @param field the name of the field being checked, for the message, not null
   * @param id the value, not null
   * @return {@code id}
   * @throws IllegalArgumentException naming the field and the value if it is not a well-formed id
   */
  public static String check(String field, String id) {
    requireNonNull(field, "field");
    if (!isValid(id)) {
      throw new IllegalArgumentException(
          field + " must be an id of letters, digits, '.', '_' or '-' (starting with a letter or"
              + " digit, at most 100 characters), got '" + id + "'");
    }
    return id;
  }

  /**
   * Checks that a text is a well-formed id, for a field of an identified owner; the message
   * names the field as {@code field of 'owner'}. The message is only built when the check fails.
   *
   * @param field the name of the field being checked, for the message, not null
   * @param owner the id of the value that holds the field, for the message, not null
   * @param id the value, not null
   * @return {@code id}
   * @throws IllegalArgumentException naming the field, the owner and the value if {@code id} is
   *     not a well-formed id
   */
  public static String check(String field, String owner, String id) {
    requireNonNull(field, "field");
    requireNonNull(owner, "owner");
    if (!isValid(id)) {
      return check(field + " of '" + owner + "'", id);
    }
    return id;
  }

  /**
   * Checks that the ids of some items are unique.
   *
   * <p>The check makes one table of {@code int}s, sized for every id at once, and no object per
   * id: a budget of a million lines is checked in one pass, and the table is garbage the moment
   * the check is done unless the caller keeps the returned set.
   *
   * @param <T> the item type
   * @param field the name of the collection being checked, for the message, not null
   * @param items the items, not null
   * @param idOf how to read an item's id, not null; it must return the same id each time
   * @return the set of ids, unmodifiable, iterating in the items' order
   * @throws IllegalArgumentException naming the field and the first duplicate id
   * @throws NullPointerException naming the field if an id is null
   */
  public static <T> Set<String> checkUnique(
      String field, Collection<? extends T> items, Function<? super T, String> idOf) {
    requireNonNull(field, "field");
    requireNonNull(items, "items");
    requireNonNull(idOf, "idOf");
    List<? extends T> list = items instanceof List && items instanceof RandomAccess
        ? (List<? extends T>) items : new ArrayList<>(items);
    return new IdSet<>(field, list, idOf);
  }

  /**
   * Finds every id of a list that repeats an earlier one, in one pass: for the reader of a
   * dataset, which reports each repeat at its place, naming the first.
   *
   * @param ids the ids, not null, no null element
   * @return pairs of indices, in the order of the repeats: {@code [2k]} is the index of a repeat,
   *     {@code [2k + 1]} the index of the first occurrence of its id; empty when every id is unique
   * @throws NullPointerException if an id is null
   * @throws IllegalArgumentException if there are more ids than the check holds (536,870,911)
   */
  public static int[] repeats(List<String> ids) {
    requireNonNull(ids, "ids");
    IntFunction<String> idAt = ids::get;
    IdTable table = new IdTable("Ids.repeats", ids.size());
    int[] out = new int[0];
    int n = 0;
    for (int i = 0; i < ids.size(); i++) {
      String id = requireNonNull(ids.get(i), "Ids.repeats: a null id");
      int first = table.addOrFind(i, id, idAt);
      if (first >= 0) {
        if (n == out.length) {
          out = Arrays.copyOf(out, Math.max(8, 2 * n));
        }
        out[n++] = i;
        out[n++] = first;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * An open-addressing table of ids, at most half full, whose slots hold an id's hash code (high
   * half) and 1 + the index of its item (low half): a probe looks at an item only when the hash
   * codes are equal. One table of primitives and no object per id, so that a table for a million
   * lines is garbage the moment it is dropped (an array of references of a megabyte or more is a
   * humongous object under G1, which a young collection does not reclaim).
   */
  private static final class IdTable {
    private final long[] table;
    private final int shift;

    IdTable(String what, int size) {
      int bits = Math.max(4, 33 - Integer.numberOfLeadingZeros(Math.max(1, size)));
      if (bits > 30) {
        throw new IllegalArgumentException(what + " has " + size
            + " items, more than the id check holds (536870911)");
      }
      this.table = new long[1 << bits];
      this.shift = 32 - bits;
    }

    private int slot(int hash) {
      return (hash * 0x9E3779B9) >>> shift;
    }

    /**
     * Adds the id of item {@code index}, unless an equal id is there already.
     *
     * @return -1 if added, else the index of the item with the equal id
     */
    int addOrFind(int index, String id, IntFunction<String> idAt) {
      int hash = id.hashCode();
      int mask = table.length - 1;
      int slot = slot(hash);
      for (long e = table[slot]; e != 0; e = table[slot]) {
        if ((int) (e >>> 32) == hash && idAt.apply((int) e - 1).equals(id)) {
          return (int) e - 1;
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = ((long) hash << 32) | (index + 1);
      return -1;
    }

    /** Whether an id equal to {@code id} was added. */
    boolean contains(Object id, IntFunction<String> idAt) {
      int hash = id.hashCode();
      int mask = table.length - 1;
      for (int slot = slot(hash); table[slot] != 0; slot = (slot + 1) & mask) {
        long e = table[slot];
        if ((int) (e >>> 32) == hash && idAt.apply((int) e - 1).equals(id)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The ids of a list of items, checked unique, in an {@link IdTable}. */
  private static final class IdSet<T> extends AbstractSet<String> {
    private final List<? extends T> items;
    private final Function<? super T, String> idOf;
    private final IntFunction<String> idAt;
    private final IdTable table;

    IdSet(String field, List<? extends T> items, Function<? super T, String> idOf) {
      this.items = items;
      this.idOf = idOf;
      this.idAt = index -> idOf.apply(items.get(index));
      this.table = new IdTable(field, items.size());
      for (int i = 0; i < items.size(); i++) {
        String id = requireNonNull(idAt.apply(i), () -> field + " holds a null id");
        if (table.addOrFind(i, id, idAt) >= 0) {
          throw new IllegalArgumentException(
              field + " must have unique ids, but '" + id + "' occurs more than once");
        }
      }
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof String && table.contains(o, idAt);
    }

    @Override
    public Iterator<String> iterator() {
      Iterator<? extends T> it = items.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public String next() {
          return idOf.apply(it.next());
        }
      };
    }

    @Override
    public int size() {
      return items.size();
    }
  }
}
