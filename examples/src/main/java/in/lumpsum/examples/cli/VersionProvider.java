package in.lumpsum.examples.cli;

import in.lumpsum.core.Lumpsum;
import picocli.CommandLine.IVersionProvider;

/** Reports the lumpsum version from the jar's manifest. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String v = Lumpsum.class.getPackage().getImplementationVersion();
    return new String[] {"lumpsum " + (v == null ? "(development build)" : v),
        "Java " + System.getProperty("java.version")};
  }
}
