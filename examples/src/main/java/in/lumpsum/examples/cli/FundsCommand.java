package in.lumpsum.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lumpsum funds}: the scheme directory. */
@Command(name = "funds", mixinStandardHelpOptions = true,
    description = "The scheme directory: find schemes in AMFI's daily file.",
    subcommands = {FundsSearchCommand.class})
final class FundsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "funds: name a command: search");
  }
}
