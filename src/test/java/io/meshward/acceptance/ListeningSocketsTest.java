package io.meshward.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The socket watch of the acceptance tests sees a listening socket, and only while it listens. */
class ListeningSocketsTest {

  @Test
  void seesAServerSocketOfTheProcess() throws Exception {
    Path self = Path.of("/proc", Long.toString(ProcessHandle.current().pid()));
    assumeTrue(Files.isDirectory(self.resolve("net")), "no /proc on this system");
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String port = String.format(":%04X", server.getLocalPort());
      assertThat(ListeningSockets.listening(self)).anyMatch(s -> s.endsWith(port));
      server.close();
      assertThat(ListeningSockets.listening(self)).noneMatch(s -> s.endsWith(port));
    }
  }
}
