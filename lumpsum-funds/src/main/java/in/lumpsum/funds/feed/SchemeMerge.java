package in.lumpsum.funds.feed;

import in.lumpsum.core.scheme.IdcwFrequency;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeOption;
import in.lumpsum.funds.amfi.AmfiRow;
import java.util.Optional;

/** Merges a scheme as a file lists it into the scheme known so far. Internal. */
final class SchemeMerge {

  private SchemeMerge() {}

  /**
   * The scheme to store for a row: the row's scheme, keeping from the known scheme what the row does
   * not say. A plan or option the file did not state (blank {@code Plan}/{@code Option} columns and
   * no words in the name: 1,504 rows on 19 August 2026) keeps the known one; an IDCW option stated
   * without a frequency ({@code IDCW}) keeps a known IDCW option that had one; a missing category or
   * ISIN keeps the known one.
   */
  static Scheme merge(Scheme known, AmfiRow row) {
    Scheme listed = row.scheme();
    if (known == null) {
      return listed;
    }
    SchemeOption option = listed.option();
    if (!row.optionStated()) {
      option = known.option();
    } else if (option.type().isIdcw() && known.option().type().isIdcw()
        && option.frequency() == IdcwFrequency.UNSPECIFIED) {
      option = known.option();
    }
    Optional<Isin> growth = listed.isinGrowthOrPayout().or(known::isinGrowthOrPayout);
    Optional<Isin> reinvest = listed.isinReinvestment().or(known::isinReinvestment);
    if (reinvest.isPresent() && reinvest.equals(growth)) {
      reinvest = listed.isinReinvestment();
      if (reinvest.equals(growth)) {
        reinvest = Optional.empty();
      }
    }
    return Scheme.builder().from(listed)
        .plan(row.planStated() ? listed.plan() : known.plan())
        .option(option)
        .category(listed.category().or(known::category))
        .isinGrowthOrPayout(growth)
        .isinReinvestment(reinvest)
        .build();
  }
}
