package in.lumpsum.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lumpsum nav}: AMFI's NAV files. */
@Command(name = "nav", mixinStandardHelpOptions = true,
    description = "AMFI's NAV files: read one, or show a scheme's NAV from one.",
    subcommands = {NavParseCommand.class, NavShowCommand.class})
final class NavCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "nav: name a command: parse or show");
  }
}
