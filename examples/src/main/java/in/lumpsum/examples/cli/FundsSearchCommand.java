package in.lumpsum.examples.cli;

import in.lumpsum.core.Lumpsum;
import in.lumpsum.core.scheme.OptionType;
import in.lumpsum.core.scheme.Plan;
import in.lumpsum.core.scheme.Scheme;
import in.lumpsum.core.scheme.SchemeOption;
import in.lumpsum.core.scheme.SebiCategory;
import in.lumpsum.funds.directory.SchemeQuery;
import in.lumpsum.funds.directory.SearchHit;
import in.lumpsum.funds.feed.NavFeed;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lumpsum funds search TEXT --navall FILE [--amc ..] [--plan ..]}: find schemes. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Searches the schemes of AMFI daily files by words in the name (case, punctuation "
        + "and the words Fund, Plan, Option do not matter), best match first."})
final class FundsSearchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT",
      description = "Words to find, such as \"parag parikh flexi\"; empty for all.")
  String text = "";

  @Option(names = "--navall", paramLabel = "FILE", required = true,
      description = "An AMFI daily file (plain or gzipped), or a folder of them; repeatable.")
  List<Path> navall;

  @Option(names = "--amc", paramLabel = "WORDS", description = "Only this fund house, e.g. hdfc.")
  String amc;

  @Option(names = "--plan", paramLabel = "PLAN", description = "direct or regular.")
  String plan;

  @Option(names = "--option", paramLabel = "OPTION",
      description = "growth, idcw (payout), reinvestment or bonus.")
  String option;

  @Option(names = "--category", paramLabel = "CATEGORY",
      description = "A SEBI category, e.g. \"flexi cap fund\" or LIQUID.")
  String category;

  @Option(names = "--limit", defaultValue = "20", description = "The most schemes to list (default 20).")
  int limit;

  @Override
  public Integer call() {
    SchemeQuery q = query();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Path> files = NavShowCommand.expand(spec, navall);
    try (Lumpsum lumpsum = Lumpsum.builder().build()) {
      NavFeed feed = NavFiles.load(lumpsum, files);
      List<SearchHit> hits = feed.directory().search(q);
      out.printf("%d scheme(s) match '%s' among %d%n", hits.size(), text, feed.directory().size());
      for (SearchHit h : hits) {
        Scheme s = h.scheme();
        String nav = lumpsum.stores().navs().latest(s.code())
            .map(r -> r.nav() + " on " + r.date()).orElse("no NAV");
        out.printf("%8s  %-7s %-28s %-26s %s  [%s]%n", s.code(), s.plan(), s.option(), nav, s.name(),
            s.amc());
      }
    }
    return 0;
  }

  private SchemeQuery query() {
    try {
      SchemeQuery q = SchemeQuery.of(text).withLimit(limit);
      if (amc != null) {
        q = q.withAmc(amc);
      }
      if (plan != null) {
        q = q.withPlan(Plan.parse(plan));
      }
      if (option != null) {
        OptionType t = SchemeOption.parse(option).type();
        q = q.withOption(t);
      }
      if (category != null) {
        q = q.withCategory(SebiCategory.parse(category));
      }
      return q;
    } catch (RuntimeException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
