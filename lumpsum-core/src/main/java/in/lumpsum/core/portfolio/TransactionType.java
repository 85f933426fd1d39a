package in.lumpsum.core.portfolio;

/**
 * The kind of a transaction, covering every line a registrar's consolidated account statement (CAMS,
 * KFintech CAS) holds.
 *
 * <p>Sign convention: a {@link Transaction}'s amount and units are never negative; the type gives the
 * direction. {@link #unitsEffect()} says whether the units add to ({@code +1}) or take from ({@code -1})
 * the holding, or leave it alone ({@code 0}); {@link #cashEffect()} says the same of the investor's cash
 * outside the fund: {@code -1} the investor pays, {@code +1} the investor receives, {@code 0} money
 * stays invested. A {@link #REVERSAL} has the opposite effects of the transaction it cancels, so both of
 * its effects read {@code 0} here: only the reversed transaction tells them.
 *
 * @since 0.1.0
 */
public enum TransactionType {

  /** A lump-sum purchase (fresh or additional): units allotted for money paid. */
  PURCHASE(+1, -1, false, true),

  /** An instalment of a systematic investment plan (SIP), or of an STP into this scheme's side. */
  SIP_PURCHASE(+1, -1, false, true),

  /** A redemption (including SWP instalments): units extinguished for money paid out. */
  REDEMPTION(-1, +1, false, true),

  /** Units bought with the proceeds of a switch out of another scheme of the same fund house. */
  SWITCH_IN(+1, 0, false, true),

  /** Units redeemed to fund a switch into another scheme of the same fund house. */
  SWITCH_OUT(-1, 0, false, true),

  /**
   * Units allotted in the surviving scheme of a scheme merger; amount may be zero when the statement
   * shows none.
   */
  MERGER_SWITCH_IN(+1, 0, false, false),

  /**
   * Units extinguished in a scheme that merged into another; amount may be zero when the statement
   * shows none.
   */
  MERGER_SWITCH_OUT(-1, 0, false, false),

  /** Income distribution cum capital withdrawal (IDCW, formerly dividend) paid out in cash; no units. */
  IDCW_PAYOUT(0, +1, false, true),

  /** IDCW reinvested: units allotted for the distributed amount, which never reaches the investor. */
  IDCW_REINVESTMENT(+1, 0, false, true),

  /** Bonus units allotted free of cost; amount is usually zero. */
  BONUS(+1, 0, false, false),

  /**
   * Units of a segregated portfolio allotted when a scheme segregates a credit-impaired debt holding
   * (SEBI circular SEBI/HO/IMD/DF2/CIR/P/2018/160 of 28 December 2018); amount is usually zero.
   */
  SEGREGATION(+1, 0, false, false),

  /**
   * The cancellation of an earlier transaction, such as a SIP instalment whose payment bounced. It names
   * the transaction it reverses; its effects are the opposite of that transaction's.
   */
  REVERSAL(0, 0, false, false),

  /**
   * Stamp duty on units allotted: 0.005% of the amount since 1 July 2020 (Indian Stamp Act, 1899, as
   * amended by the Finance Act, 2019). A charge: amount only, no units.
   */
  STAMP_DUTY(0, -1, true, true),

  /**
   * Securities transaction tax on redemptions and switches out of equity-oriented schemes (Finance
   * (No. 2) Act, 2004, Chapter VII). A charge: amount only, no units.
   */
  STT(0, -1, true, true),

  /**
   * Tax deducted at source, as on IDCW (Income-tax Act, 1961, section 194K) or on an NRI's redemption
   * (section 195). A charge: amount only, no units.
   */
  TDS(0, -1, true, true);

  private final int unitsEffect;
  private final int cashEffect;
  private final boolean charge;
  private final boolean positiveAmount;

  TransactionType(int unitsEffect, int cashEffect, boolean charge, boolean positiveAmount) {
    this.unitsEffect = unitsEffect;
    this.cashEffect = cashEffect;
    this.charge = charge;
    this.positiveAmount = positiveAmount;
  }

  /**
   * Returns how the units of a transaction of this type change the holding.
   *
   * @return {@code +1} if the units are added, {@code -1} if they are taken away, {@code 0} if the type
   *     moves no units (payouts, charges) or, for {@link #REVERSAL}, depends on the reversed transaction
   */
  public int unitsEffect() {
    return unitsEffect;
  }

  /**
   * Returns how the amount of a transaction of this type changes the investor's cash outside the fund.
   *
   * @return {@code -1} if the investor pays it, {@code +1} if the investor receives it, {@code 0} if the
   *     money stays invested (switches, reinvestment, bonus) or, for {@link #REVERSAL}, depends on the
   *     reversed transaction
   */
  public int cashEffect() {
    return cashEffect;
  }

  /**
   * Tells whether this type is a charge (stamp duty, STT, TDS): an amount taken from the investor with no
   * units and no NAV.
   *
   * @return true for {@link #STAMP_DUTY}, {@link #STT} and {@link #TDS}
   */
  public boolean isCharge() {
    return charge;
  }

  /**
   * Tells whether a transaction of this type moves units, so that it carries a unit count.
   *
   * @return true unless the type is a payout, a charge or a reversal
   */
  public boolean movesUnits() {
    return unitsEffect != 0;
  }

  /**
   * Tells whether a transaction of this type must have an amount greater than zero.
   *
   * @return false only for merger switches, bonus, segregation and reversal, whose statements may show
   *     no amount
   */
  public boolean requiresPositiveAmount() {
    return positiveAmount;
  }
}
