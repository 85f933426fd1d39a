package in.lumpsum.store.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} child process of the test, on a free port, that a test may kill and start
 * again on the same port, so that the shared Redis is never disturbed. The binary comes from
 * {@code PATH}; without it the test is skipped (failed under CI).
 */
final class RedisServerProcess implements AutoCloseable {

  private final String binary;
  private final int port;
  private Process process;

  private RedisServerProcess(String binary, int port) {
    this.binary = binary;
    this.port = port;
  }

  /**
   * Starts a server on a free port.
   *
   * @return the running server
   */
  static RedisServerProcess start() throws IOException, InterruptedException {
    String binary = findOnPath("redis-server");
    if (binary == null) {
      RedisTests.unavailable("redis-server is not on PATH; the fault tests start their own");
    }
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    RedisServerProcess server = new RedisServerProcess(binary, port);
    server.restart();
    return server;
  }

  /**
   * Returns the server's URL.
   *
   * @return {@code redis://127.0.0.1:<port>}
   */
  String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Kills the server at once (SIGKILL), as a crash would, and waits for it to be gone. */
  void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
      process = null;
    }
  }

  /** Starts the server again on the same port, empty, and waits until it answers PING. */
  void restart() throws IOException, InterruptedException {
    kill();
    process = new ProcessBuilder(List.of(binary, "--port", Integer.toString(port),
        "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    RedisTests.await("redis-server on port " + port + " answers PING", this::answersPing);
  }

  @Override
  public void close() {
    try {
      kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean answersPing() {
    if (process == null || !process.isAlive()) {
      throw new IllegalStateException("redis-server on port " + port + " exited");
    }
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      OutputStream out = s.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] buf = new byte[7];
      int n = in.readNBytes(buf, 0, 7);
      return n == 7 && new String(buf, StandardCharsets.US_ASCII).equals("+PONG\r\n");
    } catch (IOException e) {
      return false;
    }
  }

  private static String findOnPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return null;
  }
}
