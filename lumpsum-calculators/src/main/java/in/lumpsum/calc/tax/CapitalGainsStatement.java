package in.lumpsum.calc.tax;

import in.lumpsum.core.money.Money;
import in.lumpsum.core.portfolio.Transaction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A financial year's capital gains from mutual-fund units: every redemption matched to its lots, totals
 * per section, losses set off and carried forward, and an estimate of the tax.
 *
 * <p>Set-off follows sections 70 and 74 of the Income-tax Act, 1961 (108 and the carry-forward section
 * of the 2025 Act): a short-term loss is set off against short- or long-term gains, a long-term loss
 * against long-term gains only; what is left is carried forward for eight assessment years, short- and
 * long-term apart. The Act leaves the order among gains to the taxpayer; this statement sets a
 * short-term loss off against short-term gains before long-term ones, and within a term against the
 * gains taxed at the highest rate first (slab-rate gains at the given slab rate, or first when none is
 * given), and, at equal rates, against section 112A gains last, since those also have the exemption.
 * That is not always the order with the least tax (a short-term loss set against a 5% slab gain
 * rather than a 12.5% long-term one). Losses brought forward with the year they arose
 * ({@link TaxOptions#broughtForwardLosses()}) are set off oldest first, after any undated amounts, and
 * only while live: for eight years after the loss year (section 74(1), {@link BroughtForwardLoss}); an
 * older one is left out with a note, and one left over in its last year lapses ({@link #lapsedLosses()}).
 * {@link #carryForward()} lists what goes to the next year by the year each loss arose. Exempt gains (section 10(38)) absorb no loss. Brought-forward losses follow the current
 * year's. The 112A exemption then meets what is left of the long-term equity gains, in the order of
 * {@link TaxOptions#exemptionOrder()}.
 *
 * <p>The tax estimate covers these gains alone: it ignores the basic exemption limit, rebates and
 * marginal relief, and takes surcharge, when asked, at the given rate, capped at 15% on gains under
 * sections 111A and 112A from 2019-20 and under section 112 from 2022-23; cess at 4% from 2018-19 and 3%
 * before ({@link TaxOptions#cessRate}).
 *
 * @param year the financial year
 * @param lines the lot-wise lines of sales in the year, in date order
 * @param sections the totals by rule, in the order the rules are listed in {@link TaxRules}
 * @param carryForwardShortTermLoss short-term loss left to carry forward, positive
 * @param carryForwardLongTermLoss long-term loss left to carry forward, positive
 * @param specialRateTax tax on the gains with a rate of their own, before surcharge and cess
 * @param slabRateGains the taxable gains at the normal rates
 * @param slabRateTax tax on them at the given slab rate, or empty
 * @param surcharge the estimated surcharge, zero unless a rate was given
 * @param cess the estimated cess
 * @param stt STT paid in the year, not deductible
 * @param notes assumptions the engine made that matter to this year ({@link TaxLedger#notesFor}), and
 *     the losses brought forward that were left out or lapsed
 * @param carryForward the losses to carry to the next year by the year each arose: this year's and the
 *     dated ones brought forward still live next year, oldest first (undated amounts brought forward and
 *     left over are in the two totals only)
 * @param lapsedLosses dated losses brought forward, live this year but left over in their last year
 *     (section 74(1)): not carried further
 * @since 0.1.0
 */
public record CapitalGainsStatement(FinancialYear year, List<GainLine> lines, List<SectionTotal> sections,
    Money carryForwardShortTermLoss, Money carryForwardLongTermLoss, Money specialRateTax, Money slabRateGains,
    Optional<Money> slabRateTax, Money surcharge, Money cess, Money stt, List<TaxNote> notes,
    List<BroughtForwardLoss> carryForward, Money lapsedLosses) {

  /**
   * Creates a statement.
   *
   * @throws NullPointerException if a component is null
   */
  public CapitalGainsStatement {
    Objects.requireNonNull(year, "year");
    lines = List.copyOf(lines);
    sections = List.copyOf(sections);
    Objects.requireNonNull(carryForwardShortTermLoss, "carryForwardShortTermLoss");
    Objects.requireNonNull(carryForwardLongTermLoss, "carryForwardLongTermLoss");
    Objects.requireNonNull(specialRateTax, "specialRateTax");
    Objects.requireNonNull(slabRateGains, "slabRateGains");
    Objects.requireNonNull(slabRateTax, "slabRateTax");
    Objects.requireNonNull(surcharge, "surcharge");
    Objects.requireNonNull(cess, "cess");
    Objects.requireNonNull(stt, "stt");
    notes = List.copyOf(notes);
    carryForward = List.copyOf(carryForward);
    Objects.requireNonNull(lapsedLosses, "lapsedLosses");
  }

  /**
   * Returns the statement of a year from transactions.
   *
   * @param transactions every transaction of the portfolio up to the year's end (earlier years give the
   *     lots)
   * @param inputs profiles, fair market values, segregations and rules
   * @param options set-off and estimate choices
   * @param year the financial year
   * @return the statement
   * @throws in.lumpsum.core.InvalidValueException if the transactions are inconsistent or a scheme has
   *     no profile (see {@link CapitalGainsEngine#ledger})
   */
  public static CapitalGainsStatement of(Collection<? extends Transaction> transactions, TaxInputs inputs,
      TaxOptions options, FinancialYear year) {
    TaxLedger ledger = CapitalGainsEngine.DEFAULT.ledger(transactions, inputs, year.end());
    return of(ledger, inputs.rules(), options, year);
  }

  /**
   * Returns the statement of a year from a ledger.
   *
   * @param ledger the matched sales
   * @param rules the rules (for the exemption and the order of sections)
   * @param options set-off and estimate choices
   * @param year the financial year
   * @return the statement
   */
  public static CapitalGainsStatement of(TaxLedger ledger, TaxRules rules, TaxOptions options, FinancialYear year) {
    Objects.requireNonNull(options, "options");
    List<GainLine> lines = ledger.linesIn(year);
    Map<TaxRule, Part> parts = new LinkedHashMap<>();
    for (TaxRule r : rules.rates()) {
      for (GainLine l : lines) {
        if (l.rule().equals(r)) {
          parts.computeIfAbsent(r, Part::new).add(l.gain());
        }
      }
    }
    // Current-year losses of each term, then those brought forward.
    BigDecimal shortLoss = BigDecimal.ZERO;
    BigDecimal longLoss = BigDecimal.ZERO;
    for (Part p : parts.values()) {
      boolean exemptIncome = p.rule.rate().map(r -> r.signum() == 0).orElse(false);
      if (p.left.signum() < 0 && exemptIncome) {
        // A loss on units whose gains are exempt (section 10(38)) is not a loss the Act sets off.
        p.left = BigDecimal.ZERO;
      } else if (p.left.signum() < 0) {
        if (p.rule.kind().term() == Term.SHORT) {
          shortLoss = shortLoss.add(p.left.negate());
        } else {
          longLoss = longLoss.add(p.left.negate());
        }
        p.left = BigDecimal.ZERO;
      }
    }
    List<Part> order = new ArrayList<>(parts.values());
    order.removeIf(p -> p.rule.rate().map(r -> r.signum() == 0).orElse(false));
    BigDecimal slab = options.slabRate().orElse(BigDecimal.ONE);
    order.sort(Comparator.comparing((Part p) -> p.rule.rate().orElse(slab)).reversed()
        .thenComparing(p -> p.rule.kind() == GainKind.EQUITY_LONG));
    List<Part> shortFirst = new ArrayList<>(order);
    shortFirst.sort(Comparator.comparing((Part p) -> p.rule.kind().term()));
    List<Part> longOnly = order.stream().filter(p -> p.rule.kind().term() == Term.LONG).toList();
    shortLoss = absorb(shortFirst, shortLoss);
    longLoss = absorb(longOnly, longLoss);
    List<TaxNote> notes = new ArrayList<>(ledger.notesFor(year));
    List<BroughtForwardLoss> dated = new ArrayList<>();
    for (BroughtForwardLoss l : options.broughtForwardLosses()) {
      if (l.arose().compareTo(year) >= 0) {
        throw new IllegalArgumentException("brought-forward loss of " + l.arose() + " (" + l.term()
            + "-term, " + l.amount() + "): a loss is brought forward only from a year before " + year);
      }
      if (l.liveIn(year)) {
        dated.add(l);
      } else if (l.amount().signum() > 0) {
        notes.add(new TaxNote(year.start(), "brought-forward " + l.term().name().toLowerCase(java.util.Locale.ROOT)
            + "-term loss of " + l.arose() + " (" + l.amount() + ") left out: its eight years ended with "
            + l.lastYear() + " (s. 74(1))", false));
      }
    }
    dated.sort(Comparator.comparing(BroughtForwardLoss::arose));
    List<BroughtForwardLoss> carry = new ArrayList<>();
    BigDecimal lapsed = BigDecimal.ZERO;
    BigDecimal datedShort = BigDecimal.ZERO;
    BigDecimal datedLong = BigDecimal.ZERO;
    BigDecimal bfShort = BigDecimal.ZERO;
    BigDecimal bfLong = BigDecimal.ZERO;
    // Short-term losses first (they may meet any gain), each term's undated amount before its dated ones.
    for (Term term : Term.values()) {
      if (term == Term.SHORT) {
        bfShort = absorb(shortFirst, options.broughtForwardShortTermLoss().amount());
      } else {
        bfLong = absorb(longOnly, options.broughtForwardLongTermLoss().amount());
      }
      for (BroughtForwardLoss l : dated) {
        if (l.term() != term) {
          continue;
        }
        BigDecimal left = absorb(term == Term.SHORT ? shortFirst : longOnly, l.amount().amount());
        if (left.signum() <= 0) {
          continue;
        }
        if (l.lastYear().equals(year)) {
          lapsed = lapsed.add(left);
          notes.add(new TaxNote(year.end(), "brought-forward " + term.name().toLowerCase(java.util.Locale.ROOT)
              + "-term loss of " + l.arose() + ": " + Money.of(left) + " not set off lapses after " + year
              + " (s. 74(1))", false));
        } else {
          carry.add(new BroughtForwardLoss(l.arose(), term, Money.of(left)));
          if (term == Term.SHORT) {
            datedShort = datedShort.add(left);
          } else {
            datedLong = datedLong.add(left);
          }
        }
      }
    }
    if (shortLoss.signum() > 0) {
      carry.add(new BroughtForwardLoss(year, Term.SHORT, Money.of(shortLoss)));
    }
    if (longLoss.signum() > 0) {
      carry.add(new BroughtForwardLoss(year, Term.LONG, Money.of(longLoss)));
    }
    carry.sort(Comparator.comparing(BroughtForwardLoss::arose).thenComparing(BroughtForwardLoss::term));

    // The 112A exemption, once for the year.
    BigDecimal exemption = rules.exemption112A(year).amount();
    List<Part> equityLong = new ArrayList<>(parts.values().stream()
        .filter(p -> p.rule.kind() == GainKind.EQUITY_LONG && p.rule.rate().map(r -> r.signum() > 0).orElse(false))
        .toList());
    if (options.exemptionOrder() == ExemptionOrder.HIGHER_RATE_FIRST) {
      equityLong.sort(Comparator.comparing((Part p) -> p.rule.rate().orElseThrow()).reversed());
    } else {
      equityLong.sort(Comparator.comparing((Part p) -> p.rule.from()));
    }
    for (Part p : equityLong) {
      BigDecimal used = p.left.min(exemption);
      p.exempt = used;
      p.left = p.left.subtract(used);
      exemption = exemption.subtract(used);
    }

    List<SectionTotal> totals = new ArrayList<>();
    Money special = Money.ZERO;
    Money slabGains = Money.ZERO;
    Money specialSurcharge = Money.ZERO;
    BigDecimal surchargeRate = options.surchargeRate().orElse(BigDecimal.ZERO);
    for (Part p : parts.values()) {
      Money taxable = Money.of(p.left);
      Optional<Money> tax;
      if (p.rule.atSlabRate()) {
        slabGains = slabGains.plus(taxable);
        tax = options.slabRate().map(taxable::times);
      } else {
        tax = Optional.of(taxable.times(p.rule.rate().orElseThrow()));
        special = special.plus(tax.get());
        specialSurcharge = specialSurcharge.plus(tax.get().times(surchargeOn(p.rule.kind(), year, surchargeRate)));
      }
      totals.add(new SectionTotal(p.rule, Money.of(p.gains), Money.of(p.losses), Money.of(p.setOff),
          Money.of(p.exempt), taxable, tax));
    }
    Optional<Money> slabTax = options.slabRate().map(slabGains::times);
    Money surcharge = specialSurcharge;
    if (slabTax.isPresent()) {
      surcharge = surcharge.plus(slabTax.get().times(surchargeRate));
    }
    Money beforeCess = special.plus(slabTax.orElse(Money.ZERO)).plus(surcharge);
    Money cess = options.cess() ? beforeCess.times(TaxOptions.cessRate(year)) : Money.ZERO;
    return new CapitalGainsStatement(year, lines, totals, Money.of(shortLoss.add(bfShort).add(datedShort)),
        Money.of(longLoss.add(bfLong).add(datedLong)), special, slabGains, slabTax, surcharge, cess,
        ledger.sttPaid().getOrDefault(year, Money.ZERO), notes, carry, Money.of(lapsed));
  }

  /**
   * The surcharge rate on tax at a special rate: capped at 15% on sections 111A and 112A gains from
   * 2019-20 (Taxation Laws (Amendment) Act, 2019, then the First Schedule of each Finance Act from the
   * Finance Act, 2020) and on section 112 gains only from 2022-23 (Finance Act, 2022, from assessment year
   * 2023-24); the 2025 Act's sections 196 to 198 keep the cap.
   */
  private static BigDecimal surchargeOn(GainKind kind, FinancialYear year, BigDecimal rate) {
    int from = switch (kind) {
      case EQUITY_SHORT, EQUITY_LONG -> TaxOptions.SURCHARGE_CAP_EQUITY_FROM;
      case OTHER_LONG -> TaxOptions.SURCHARGE_CAP_112_FROM;
      default -> Integer.MAX_VALUE;
    };
    return year.startYear() >= from ? rate.min(TaxOptions.SURCHARGE_CAP) : rate;
  }

  private static BigDecimal absorb(List<Part> order, BigDecimal loss) {
    for (Part p : order) {
      if (loss.signum() <= 0) {
        break;
      }
      BigDecimal used = p.left.min(loss);
      if (used.signum() > 0) {
        p.left = p.left.subtract(used);
        p.setOff = p.setOff.add(used);
        loss = loss.subtract(used);
      }
    }
    return loss;
  }

  /**
   * Returns the estimated tax on these gains: special-rate and slab-rate tax, surcharge and cess.
   *
   * @return the total, or empty when slab-rate gains have no slab rate to tax them at
   */
  public Optional<Money> totalTax() {
    if (slabRateTax.isEmpty() && slabRateGains.signum() > 0) {
      return Optional.empty();
    }
    return Optional.of(specialRateTax.plus(slabRateTax.orElse(Money.ZERO)).plus(surcharge).plus(cess));
  }

  /**
   * Returns the lines of long-term equity gains under section 112A (198 of the 2025 Act): the rows of
   * Schedule 112A.
   *
   * @return those lines
   */
  public List<GainLine> schedule112ALines() {
    return lines.stream().filter(l -> l.kind() == GainKind.EQUITY_LONG && l.rule().rate().map(r -> r.signum() > 0)
        .orElse(false)).toList();
  }

  /** A rule's running totals. */
  private static final class Part {
    final TaxRule rule;
    BigDecimal gains = BigDecimal.ZERO;
    BigDecimal losses = BigDecimal.ZERO;
    BigDecimal left = BigDecimal.ZERO;
    BigDecimal setOff = BigDecimal.ZERO;
    BigDecimal exempt = BigDecimal.ZERO;

    Part(TaxRule rule) {
      this.rule = rule;
    }

    void add(Money gain) {
      if (gain.signum() >= 0) {
        gains = gains.add(gain.amount());
      } else {
        losses = losses.add(gain.amount().negate());
      }
      left = left.add(gain.amount());
    }
  }
}
