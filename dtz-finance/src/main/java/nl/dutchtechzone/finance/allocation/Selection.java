package nl.dutchtechzone.finance.allocation;

import java.util.Arrays;

/** Order statistics on {@code long} arrays in expected linear time. */
final class Selection {

  private Selection() {}

  /**
   * The value that would be at {@code index} if {@code values} were sorted ascending.
   *
   * <p>Quickselect with a median-of-three pivot and a three-way partition (so many equal values
   * cost nothing extra); after a number of rounds logarithmic in the length it sorts the part
   * that is left, so the worst case is O(n log n).
   *
   * @param values the values, reordered by the call; not empty
   * @param index the position in ascending order, from 0 to {@code values.length - 1}
   * @return the value at that position
   * @throws IllegalArgumentException if the index is out of range
   */
  static long select(long[] values, int index) {
    return select(values, index,
        2 * (Integer.SIZE - Integer.numberOfLeadingZeros(values.length)) + 4);
  }

  /**
   * {@link #select(long[], int)} with a given number of partitioning rounds before it sorts.
   *
   * @param values the values, reordered by the call; not empty
   * @param index the position in ascending order
   * @param rounds the partitioning rounds allowed, 0 or more
   * @return the value at that position
   */
  static long select(long[] values, int index, int rounds) {
    if (index < 0 || index >= values.length) {
      throw new IllegalArgumentException(
          "index must be in [0, " + values.length + "), got " + index);
    }
    int lo = 0;
    int hi = values.length - 1;
    while (lo < hi) {
      if (rounds-- == 0) {
        Arrays.sort(values, lo, hi + 1);
        return values[index];
      }
      long pivot = medianOfThree(values[lo], values[(lo + hi) >>> 1], values[hi]);
      int lt = lo;
      int i = lo;
      int gt = hi;
      while (i <= gt) {
        long v = values[i];
        if (v < pivot) {
          values[i++] = values[lt];
          values[lt++] = v;
        } else if (v > pivot) {
          values[i] = values[gt];
          values[gt--] = v;
        } else {
          i++;
        }
      }
      // values[lo..lt-1] < pivot, values[lt..gt] == pivot, values[gt+1..hi] > pivot
      if (index < lt) {
        hi = lt - 1;
      } else if (index > gt) {
        lo = gt + 1;
      } else {
        return pivot;
      }
    }
    return values[index];
  }

  private static long medianOfThree(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
