package in.lumpsum.funds.amfi;

import in.lumpsum.core.result.ParseResult;
import in.lumpsum.core.result.Problem;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * An AMFI file as read: its layout, the rows read and one problem per row or field not read.
 *
 * <p>Every data row of the file (a line after the header that holds a {@code ;}, or that holds only
 * digits) is either among {@link #rows()} or named by a whole-row problem, so
 * {@link #dataRowCount()} equals the data rows in the file. Rows whose NAV AMFI wrote as {@code N.A.}
 * are read (the scheme is valid), with no NAV: {@link #rowsWithoutNav()} counts them.
 *
 * <p>The rows are held compactly (numbers as numbers, ISINs validated and packed in a {@code long},
 * names as their UTF-8 bytes one after another); each {@link AmfiRow} and its
 * {@link in.lumpsum.core.scheme.Scheme} is built the first time {@link #rows()} hands it out, and kept.
 * All problems are known when reading ends: building a row finds none.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AmfiFile {

  private final AmfiLayout layout;
  private final RowStore store;
  private final List<Problem> problems;
  // The rows built so far; allocated when the first row is asked for.
  private volatile AtomicReferenceArray<AmfiRow> built;
  private final List<AmfiRow> rows;

  AmfiFile(AmfiLayout layout, RowStore store, List<Problem> problems) {
    this.layout = layout;
    this.store = store;
    this.problems = List.copyOf(problems);
    this.rows = new Rows();
  }

  /**
   * Returns the layout the header named.
   *
   * @return the layout
   */
  public AmfiLayout layout() {
    return layout;
  }

  /**
   * Returns the rows read, in file order. The list builds each row when first asked for it.
   *
   * @return the rows, unmodifiable
   */
  public List<AmfiRow> rows() {
    return rows;
  }

  /**
   * Returns the problems, in file order.
   *
   * @return the problems, unmodifiable
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the rows and problems as a {@link ParseResult}, building every row.
   *
   * @return the result
   */
  public ParseResult<AmfiRow> result() {
    return ParseResult.of(rows, problems);
  }

  /**
   * Returns the number of data rows in the file: rows read plus rows left out.
   *
   * @return the count
   */
  public int dataRowCount() {
    return store.size() + rejectedRowCount();
  }

  /**
   * Returns the number of rows left out (whole-row problems).
   *
   * @return the count
   */
  public int rejectedRowCount() {
    int n = 0;
    for (Problem p : problems) {
      if (p.isWholeRow()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the number of rows read without a NAV ({@code N.A.}, empty or zero in the file).
   *
   * @return the count
   */
  public int rowsWithoutNav() {
    int n = 0;
    for (int i = 0; i < store.size(); i++) {
      if (!store.hasNav(i)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Counts the problems by reason (the reasons are listed on {@link AmfiReader}).
   *
   * @return an unmodifiable map from reason to count, in order of first occurrence
   */
  public Map<String, Integer> problemCountsByReason() {
    return ParseResult.of(List.of(), problems).problemCountsByReason();
  }

  /** Returns a summary such as {@code AmfiFile[DAILY, 14045 rows, 391 problems]}. */
  @Override
  public String toString() {
    return "AmfiFile[" + layout + ", " + store.size() + " rows, " + problems.size() + " problems]";
  }

  private final class Rows extends AbstractList<AmfiRow> implements RandomAccess {
    @Override
    public AmfiRow get(int index) {
      AtomicReferenceArray<AmfiRow> cache = built;
      if (cache == null) {
        synchronized (this) {
          cache = built;
          if (cache == null) {
            cache = new AtomicReferenceArray<>(store.size());
            built = cache;
          }
        }
      }
      AmfiRow r = cache.get(index);
      if (r == null) {
        r = store.row(index);
        // Two threads may build the same row; the rows are equal values, the first one set is kept.
        if (!cache.compareAndSet(index, null, r)) {
          r = cache.get(index);
        }
      }
      return r;
    }

    @Override
    public int size() {
      return store.size();
    }
  }
}
