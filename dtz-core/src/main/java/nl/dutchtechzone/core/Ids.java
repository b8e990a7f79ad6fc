package nl.dutchtechzone.core;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

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
   * @param <T> the item type
   * @param field the name of the collection being checked, for the message, not null
   * @param items the items, not null
   * @param idOf how to read an item's id, not null
   * @return the set of ids
   * @throws IllegalArgumentException naming the field and the first duplicate id
   */
  public static <T> Set<String> checkUnique(
      String field, Collection<? extends T> items, Function<? super T, String> idOf) {
    requireNonNull(field, "field");
    requireNonNull(items, "items");
    requireNonNull(idOf, "idOf");
    // Sized for every id at once: a budget of a million lines is checked without rehashing.
    Set<String> seen = new HashSet<>(Math.max(16, (int) (items.size() / 0.75f) + 1));
    for (T item : items) {
      String id = idOf.apply(item);
      if (!seen.add(id)) {
        throw new IllegalArgumentException(
            field + " must have unique ids, but '" + id + "' occurs more than once");
      }
    }
    return seen;
  }
}
