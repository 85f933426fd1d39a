package in.lumpsum.funds.amfi;

import in.lumpsum.core.result.Problem;

/**
 * Receives an AMFI file as it is read: its layout, each data row that was read, and a problem for each
 * row or field that was not.
 *
 * <p>Every data row of the file reaches either {@link #row(AmfiRowView)} or {@link #problem(Problem)}
 * as a whole-row problem. Calls come in file order on the reading thread. An exception thrown by the
 * visitor stops the reading and propagates to the caller of
 * {@link AmfiReader#visit(java.io.InputStream, AmfiVisitor)} unchanged.
 *
 * @since 0.1.0
 */
public interface AmfiVisitor {

  /**
   * Called once, when the header has been read, before any row.
   *
   * @param layout the layout of the file
   */
  default void layout(AmfiLayout layout) {}

  /**
   * Called for each data row read.
   *
   * @param row a view of the row, valid only during this call
   */
  void row(AmfiRowView row);

  /**
   * Called for each row not read, and for each field dropped from a row that was read.
   *
   * @param problem the problem
   */
  void problem(Problem problem);
}
