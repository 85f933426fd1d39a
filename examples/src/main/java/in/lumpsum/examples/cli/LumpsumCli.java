package in.lumpsum.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lumpsum} command line.
 *
 * <p>Run {@code lumpsum --help} for the commands. Exit codes: 0 success, 1 a failure while running,
 * 2 a usage error.
 */
@Command(
    name = "lumpsum",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Mutual-fund investing in India: fund data, calculators, tax and portfolios.",
    subcommands = {DemoCommand.class,
        NavCommand.class,
        FundsCommand.class,
        SipCommand.class,
        StepUpCommand.class,
        SwpCommand.class,
        GoalCommand.class,
        RetirementCommand.class,
        TaxCommand.class,
        XirrCommand.class,
        MetricsCommand.class,
        BacktestCommand.class,
        CommandLine.HelpCommand.class})
public final class LumpsumCli {

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line without exiting, for tests and embedding.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    return new CommandLine(new LumpsumCli())
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("lumpsum: " + e.getMessage());
          return 1;
        })
        .execute(args);
  }
}
