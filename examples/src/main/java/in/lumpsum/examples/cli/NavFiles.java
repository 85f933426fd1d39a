package in.lumpsum.examples.cli;

import in.lumpsum.core.Lumpsum;
import in.lumpsum.funds.feed.FeedRun;
import in.lumpsum.funds.feed.FeedStatus;
import in.lumpsum.funds.feed.NavFeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Loads AMFI daily files named on the command line into a {@link Lumpsum}, through the feed. */
final class NavFiles {

  private NavFiles() {}

  /**
   * Expands the paths given: a file stands for itself, a folder for its {@code *.txt} and
   * {@code *.txt.gz} files in name order.
   *
   * @throws IllegalArgumentException naming a path that does not exist or a folder without files
   */
  static List<Path> expand(List<Path> given) {
    List<Path> out = new ArrayList<>();
    for (Path p : given) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          List<Path> files = s.filter(f -> {
            String n = f.getFileName().toString();
            return n.endsWith(".txt") || n.endsWith(".txt.gz");
          }).sorted().toList();
          if (files.isEmpty()) {
            throw new IllegalArgumentException("--navall: no .txt or .txt.gz file in " + p);
          }
          out.addAll(files);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new IllegalArgumentException("--navall: no such file: " + p);
      }
    }
    return out;
  }

  /**
   * Feeds each file in turn into the lumpsum's stores.
   *
   * @return the feed, whose directory holds the schemes
   * @throws IllegalArgumentException if a file is rejected (unknown format, too few rows)
   */
  static NavFeed load(Lumpsum lumpsum, List<Path> files) {
    NavFeed feed = NavFeed.builder().lumpsum(lumpsum).build();
    for (Path f : files) {
      FeedRun run = feed.run(f);
      if (run.status() != FeedStatus.APPLIED) {
        throw new IllegalArgumentException(f + ": " + run.status() + ": " + run.detail());
      }
    }
    return feed;
  }
}
