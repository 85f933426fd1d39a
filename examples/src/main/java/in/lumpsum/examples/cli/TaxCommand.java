package in.lumpsum.examples.cli;

import in.lumpsum.calc.portfolio.TransactionsCsv;
import in.lumpsum.calc.tax.BroughtForwardLoss;
import in.lumpsum.calc.tax.CapitalGainsStatement;
import in.lumpsum.calc.tax.ExemptionOrder;
import in.lumpsum.calc.tax.FairMarketValues;
import in.lumpsum.calc.tax.FinancialYear;
import in.lumpsum.calc.tax.GainLine;
import in.lumpsum.calc.tax.Schedule112A;
import in.lumpsum.calc.tax.SchemeTaxProfile;
import in.lumpsum.calc.tax.SectionTotal;
import in.lumpsum.calc.tax.TaxInputs;
import in.lumpsum.calc.tax.TaxNote;
import in.lumpsum.calc.tax.TaxOptions;
import in.lumpsum.calc.tax.TaxRules;
import in.lumpsum.calc.tax.Term;
import in.lumpsum.core.json.JsonCodec;
import in.lumpsum.core.money.Money;
import in.lumpsum.core.money.Nav;
import in.lumpsum.core.portfolio.Transaction;
import in.lumpsum.core.result.Problem;
import in.lumpsum.core.scheme.Isin;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeCode;
import in.lumpsum.funds.amfi.AmfiReader;
import in.lumpsum.funds.amfi.AmfiRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code lumpsum tax}: a year's capital-gains statement from a transactions CSV. */
@Command(name = "tax", mixinStandardHelpOptions = true,
    description = {"Prints the capital-gains statement of a financial year from a transactions CSV "
        + "(columns: see docs/TAX.md): each redemption matched to lots first in, first out, the section "
        + "and rate of each, totals, set-off, carry-forward and an estimate of the tax. An estimate, not "
        + "tax advice."})
final class TaxCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TRANSACTIONS.csv", description = "The transactions.")
  Path file;

  @Option(names = "--fy", required = true, paramLabel = "YYYY-YY", description = "The financial year, e.g. 2025-26.")
  String fy;

  @Option(names = "--json", description = "Print the statement as JSON.")
  boolean json;

  @Option(names = "--schedule-112a", description = "Print Schedule 112A rows as the ITR utility's CSV.")
  boolean schedule112A;

  @Option(names = "--part", paramLabel = "1|2",
      description = "With --schedule-112a for 2024-25: only transfers before 23 July 2024 (1) or on or after (2);"
          + " the CSV's column (1b) already marks each row.")
  Integer part;

  @Option(names = "--schemes", paramLabel = "NAVAll.txt",
      description = "An AMFI NAV file: resolves ISINs to scheme codes, and gives names and SEBI categories.")
  Path schemes;

  @Option(names = "--fmv", paramLabel = "FILE",
      description = "Fair market values of 31 January 2018 per unit, CSV 'scheme,fmv' (code or ISIN).")
  Path fmv;

  @Option(names = "--default-profile", paramLabel = "KIND",
      description = "Profile of schemes with no category: equity, debt, hybrid, low-equity, listed-non-debt.")
  String defaultProfile;

  @Option(names = "--slab-rate", paramLabel = "PERCENT", description = "Marginal slab rate for slab-rate gains.")
  BigDecimal slabRate;

  @Option(names = "--surcharge", paramLabel = "PERCENT", description = "Surcharge rate for the estimate.")
  BigDecimal surcharge;

  @Option(names = "--exemption-order", paramLabel = "ORDER", defaultValue = "higher-rate-first",
      description = "2024-25 only: higher-rate-first (default) or earlier-first.")
  String exemptionOrder;

  @Option(names = "--bf-stcl", paramLabel = "RUPEES", description = "Short-term loss brought forward.")
  BigDecimal bfShort;

  @Option(names = "--bf-ltcl", paramLabel = "RUPEES", description = "Long-term loss brought forward.")
  BigDecimal bfLong;

  @Option(names = "--bf-loss", paramLabel = "YYYY-YY:short|long:RUPEES",
      description = "A loss brought forward with the year it arose (repeatable); one older than eight years"
          + " (s. 74(1)) is left out with a note.")
  List<String> bfLosses = new ArrayList<>();

  private List<BroughtForwardLoss> broughtForwardLosses(FinancialYear year) {
    List<BroughtForwardLoss> out = new ArrayList<>();
    for (String text : bfLosses) {
      String[] p = text.split(":", -1);
      try {
        if (p.length != 3) {
          throw new IllegalArgumentException("expected YEAR:short|long:RUPEES");
        }
        Term term = switch (p[1].trim().toLowerCase(Locale.ROOT)) {
          case "short", "stcl" -> Term.SHORT;
          case "long", "ltcl" -> Term.LONG;
          default -> throw new IllegalArgumentException("term is short or long, not " + p[1]);
        };
        FinancialYear arose = FinancialYear.parse(p[0].trim());
        if (arose.compareTo(year) >= 0) {
          throw new IllegalArgumentException("the loss must arise before " + year);
        }
        out.add(new BroughtForwardLoss(arose, term, Money.of(new BigDecimal(p[2].trim()))));
      } catch (RuntimeException e) {
        throw new ParameterException(spec.commandLine(), "--bf-loss " + text + ": " + e.getMessage());
      }
    }
    return out;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FinancialYear year;
    try {
      year = FinancialYear.parse(fy);
    } catch (RuntimeException e) {
      throw new ParameterException(spec.commandLine(), "--fy: " + e.getMessage());
    }
    if (!Files.isReadable(file)) {
      throw new ParameterException(spec.commandLine(), file + ": no such file, or not readable");
    }
    Map<SchemeCode, Scheme> directory = new HashMap<>();
    Map<Isin, SchemeCode> byIsin = new HashMap<>();
    if (schemes != null) {
      for (AmfiRow row : AmfiReader.read(schemes).rows()) {
        Scheme s = row.scheme();
        directory.putIfAbsent(s.code(), s);
        s.isinGrowthOrPayout().ifPresent(i -> byIsin.putIfAbsent(i, s.code()));
        s.isinReinvestment().ifPresent(i -> byIsin.putIfAbsent(i, s.code()));
      }
    }
    TransactionsCsv.Read read;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read = TransactionsCsv.read(r, isin -> Optional.ofNullable(byIsin.get(isin)));
    }
    for (Problem p : read.transactions().problems()) {
      err.println(file + ":" + p.line() + ": " + p.reason() + " (row left out)");
    }
    for (TransactionsCsv.RepeatedRow rep : read.repeated()) {
      err.println(file + ":" + rep.line() + ": the same transaction as line " + rep.firstLine()
          + " (id " + rep.id() + "); counted once"
          + (rep.idDerived() ? " (give each an 'id' if both are real)" : ""));
    }
    List<Transaction> txs = read.transactions().values();
    Map<SchemeCode, SchemeTaxProfile> profiles = new HashMap<>();
    Map<SchemeCode, String> names = new HashMap<>();
    Map<SchemeCode, Isin> isins = new HashMap<>();
    List<SchemeCode> unknown = new ArrayList<>();
    for (Transaction t : txs) {
      SchemeCode code = t.schemeCode();
      if (profiles.containsKey(code) || unknown.contains(code)) {
        continue;
      }
      Optional<TransactionsCsv.SchemeDetails> d = Optional.ofNullable(read.schemes().get(code));
      Optional<Scheme> s = Optional.ofNullable(directory.get(code));
      d.flatMap(TransactionsCsv.SchemeDetails::name).or(() -> s.map(Scheme::name)).ifPresent(n -> names.put(code, n));
      d.flatMap(TransactionsCsv.SchemeDetails::isin).or(() -> s.flatMap(Scheme::isinGrowthOrPayout))
          .ifPresent(i -> isins.put(code, i));
      d.flatMap(TransactionsCsv.SchemeDetails::category).or(() -> s.flatMap(Scheme::category))
          .map(c -> names.containsKey(code) ? SchemeTaxProfile.defaultFor(c, names.get(code))
              : SchemeTaxProfile.defaultFor(c))
          .ifPresentOrElse(p -> profiles.put(code, p), () -> unknown.add(code));
    }
    TaxInputs inputs = TaxInputs.of(profiles);
    if (defaultProfile != null) {
      inputs = inputs.withFallback(profile(defaultProfile));
    } else if (!unknown.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no SEBI category for scheme(s) " + unknown
          + ": add a 'category' column, pass --schemes NAVAll.txt, or --default-profile");
    }
    if (fmv != null) {
      inputs = inputs.withFairMarketValues(readFmv(fmv, byIsin));
    }
    TaxOptions options = TaxOptions.DEFAULT
        .withExemptionOrder(switch (exemptionOrder.toLowerCase(Locale.ROOT)) {
          case "higher-rate-first" -> ExemptionOrder.HIGHER_RATE_FIRST;
          case "earlier-first" -> ExemptionOrder.EARLIER_FIRST;
          default -> throw new ParameterException(spec.commandLine(),
              "--exemption-order: higher-rate-first or earlier-first, not " + exemptionOrder);
        })
        .withBroughtForward(bfShort == null ? Money.ZERO : Money.of(bfShort),
            bfLong == null ? Money.ZERO : Money.of(bfLong))
        .withBroughtForwardLosses(broughtForwardLosses(year));
    if (slabRate != null) {
      options = options.withSlabRate(slabRate.movePointLeft(2));
    }
    if (surcharge != null) {
      options = options.withSurcharge(surcharge.movePointLeft(2));
    }
    CapitalGainsStatement st = CapitalGainsStatement.of(txs, inputs, options, year);
    if (schedule112A) {
      LocalDate from = LocalDate.MIN;
      LocalDate until = LocalDate.MAX;
      if (part != null) {
        if (part != 1 && part != 2) {
          throw new ParameterException(spec.commandLine(), "--part: 1 or 2, not " + part);
        }
        from = part == 1 ? LocalDate.MIN : TaxRules.JULY_2024;
        until = part == 1 ? TaxRules.JULY_2024 : LocalDate.MAX;
      }
      List<Schedule112A> rows = Schedule112A.rows(st, isins, names, from, until);
      rows.stream().filter(row -> row.isin().isEmpty()).map(Schedule112A::name).distinct()
          .forEach(n -> err.println("warning: no valid ISIN for " + n + "; column (2) is empty and the return"
              + " utility needs one: add an 'isin' column or pass --schemes NAVAll.txt"));
      out.print(Schedule112A.toCsv(year, rows));
    } else if (json) {
      out.println(JsonCodec.standard().toJson(st));
    } else {
      print(out, st, names);
    }
    out.flush();
    err.flush();
    return read.transactions().isComplete() ? 0 : 1;
  }

  private SchemeTaxProfile profile(String kind) {
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "equity" -> SchemeTaxProfile.EQUITY;
      case "debt" -> SchemeTaxProfile.DEBT;
      case "hybrid" -> SchemeTaxProfile.HYBRID;
      case "low-equity" -> SchemeTaxProfile.LOW_EQUITY_NON_DEBT;
      case "listed-non-debt" -> SchemeTaxProfile.LISTED_NON_DEBT;
      default -> throw new ParameterException(spec.commandLine(), "--default-profile: equity, debt, hybrid, "
          + "low-equity or listed-non-debt, not " + kind);
    };
  }

  private FairMarketValues readFmv(Path path, Map<Isin, SchemeCode> byIsin) throws IOException {
    Map<SchemeCode, Nav> values = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",");
      if (f.length < 2 || f[1].isBlank()) {
        continue;
      }
      if (i == 0 && !Character.isDigit(f[1].strip().charAt(0))) {
        continue; // the header
      }
      String s = f[0].strip();
      SchemeCode code = Isin.isValid(s) ? byIsin.get(Isin.parse(s)) : SchemeCode.parse(s);
      if (code == null) {
        throw new ParameterException(spec.commandLine(), path + ":" + (i + 1) + ": ISIN " + s + " not known");
      }
      values.put(code, Nav.parse(f[1].strip()));
    }
    return FairMarketValues.of(values);
  }

  private static void print(PrintWriter out, CapitalGainsStatement st, Map<SchemeCode, String> names) {
    out.println("Capital gains, financial year " + st.year() + " (estimate, not tax advice)");
    out.println();
    out.printf("%-10s %-10s %-28s %12s %14s %14s %14s %-5s %-22s %14s%n", "sold", "acquired", "scheme",
        "units", "sale value", "cost", "cost used", "term", "section", "gain");
    for (GainLine l : st.lines()) {
      String name = names.getOrDefault(l.holding().scheme(), String.valueOf(l.holding().scheme().value()));
      out.printf("%-10s %-10s %-28.28s %12s %14s %14s %14s %-5s %-22s %14s%n", l.saleDate(), l.acquiredOn(), name,
          l.units(), l.saleValue(), l.actualCost(), l.deductibleCost()
              + (l.grandfathered() ? "*" : l.indexedCost().isPresent() ? "i" : ""), l.term(), l.rule().label(),
          l.gain());
    }
    out.println("(* grandfathered cost, section " + TaxRules.grandfatheringSection(st.year().start())
        + "; i indexed cost)");
    out.println();
    out.printf("%-24s %14s %14s %14s %14s %14s %14s%n", "section", "gains", "losses", "set off", "exempt",
        "taxable", "tax");
    for (SectionTotal t : st.sections()) {
      out.printf("%-24s %14s %14s %14s %14s %14s %14s%n", t.rule().label(), t.gains(), t.losses(), t.setOff(),
          t.exempt(), t.taxable(), t.tax().map(Money::toString).orElse("at slab"));
    }
    out.println();
    out.println("Short-term loss to carry forward: " + st.carryForwardShortTermLoss());
    out.println("Long-term loss to carry forward:  " + st.carryForwardLongTermLoss());
    for (BroughtForwardLoss l : st.carryForward()) {
      out.println("  " + l.term().name().toLowerCase(Locale.ROOT) + "-term loss of " + l.arose() + ": " + l.amount()
          + " (last year to set off " + l.lastYear() + ")");
    }
    if (st.lapsedLosses().signum() > 0) {
      out.println("Lapsed after eight years:         " + st.lapsedLosses());
    }
    out.println("Tax at special rates:             " + st.specialRateTax());
    out.println("Gains at slab rates:              " + st.slabRateGains()
        + st.slabRateTax().map(t -> " (tax " + t + ")").orElse(" (give --slab-rate to estimate)"));
    out.println("Surcharge:                        " + st.surcharge());
    out.println("Cess:                             " + st.cess());
    out.println("Estimated tax on these gains:     " + st.totalTax().map(Money::toString).orElse("needs --slab-rate"));
    out.println("STT paid (not deductible):        " + st.stt());
    for (TaxNote n : st.notes()) {
      out.println("note: " + n);
    }
  }
}
