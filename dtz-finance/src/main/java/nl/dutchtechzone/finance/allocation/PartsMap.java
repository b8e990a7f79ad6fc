package nl.dutchtechzone.finance.allocation;

import static java.util.Objects.requireNonNull;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import nl.dutchtechzone.core.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The result of an allocation: an unmodifiable map over two parallel arrays, partner ids in
 * ascending order and their parts in cents. Iterates in id order; looks a partner up by binary
 * search; makes each {@link Money} value when it is asked for (a {@code Money} is a value, so
 * two reads of one part give equal, not necessarily identical, objects). It
 * is an ordinary {@link Map} in every other respect ({@code equals}, {@code hashCode} and {@code
 * toString} as for any map with the same entries). Every mutator throws {@link
 * UnsupportedOperationException}.
 */
final class PartsMap extends AbstractMap<String, Money> {

  private final String[] ids;
  private final long[] parts;

  /**
   * Wraps the arrays, which the caller must never modify afterwards.
   *
   * @param ids partner ids in strictly ascending order
   * @param parts the part of each in cents, same length
   */
  PartsMap(String[] ids, long[] parts) {
    this.ids = ids;
    this.parts = parts;
  }

  @Override
  public int size() {
    return ids.length;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public @Nullable Money get(@Nullable Object key) {
    int i = indexOf(key);
    return i >= 0 ? Money.ofCents(parts[i]) : null;
  }

  private int indexOf(@Nullable Object key) {
    return key instanceof String ? Arrays.binarySearch(ids, key) : -1;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Money> action) {
    requireNonNull(action, "action");
    for (int i = 0; i < ids.length; i++) {
      action.accept(ids[i], Money.ofCents(parts[i]));
    }
  }

  @Override
  public Collection<Money> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<Money> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < parts.length;
          }

          @Override
          public Money next() {
            if (next >= parts.length) {
              throw new NoSuchElementException("no more parts after " + parts.length);
            }
            return Money.ofCents(parts[next++]);
          }
        };
      }

      @Override
      public int size() {
        return parts.length;
      }
    };
  }

  @Override
  public Set<Map.Entry<String, Money>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Money>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < ids.length;
          }

          @Override
          public Map.Entry<String, Money> next() {
            if (next >= ids.length) {
              throw new NoSuchElementException("no more parts after " + ids.length);
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(ids[i], Money.ofCents(parts[i]));
          }
        };
      }

      @Override
      public int size() {
        return ids.length;
      }
    };
  }
}
