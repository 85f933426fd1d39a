package in.lumpsum.core.portfolio;

import in.lumpsum.core.scheme.SchemeCode;
import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of a holding: one scheme in one folio. Goals link holdings by this reference.
 *
 * @param scheme the scheme
 * @param folio the folio
 * @since 0.1.0
 */
public record HoldingRef(SchemeCode scheme, FolioKey folio) implements Comparable<HoldingRef> {

  private static final Comparator<HoldingRef> ORDER =
      Comparator.comparing(HoldingRef::folio).thenComparing(HoldingRef::scheme);

  /**
   * Creates a reference.
   *
   * @param scheme the scheme
   * @param folio the folio
   * @throws NullPointerException if either is null
   */
  public HoldingRef {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(folio, "folio");
  }

  /**
   * Returns a reference.
   *
   * @param scheme the scheme
   * @param folio the folio
   * @return the reference
   */
  public static HoldingRef of(SchemeCode scheme, FolioKey folio) {
    return new HoldingRef(scheme, folio);
  }

  /** Orders by folio, then scheme code. */
  @Override
  public int compareTo(HoldingRef other) {
    return ORDER.compare(this, other);
  }
}
