package io.meshward.acceptance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code ListeningSockets} watches a running process for sockets it listens on (TCP in state
 * LISTEN, or any bound UDP socket), from Linux's {@code /proc}: the socket inodes among the
 * process's open files, matched against the socket tables of its network namespace. A server binds
 * its port for as long as it runs, so polling while the process lives is enough to see it. Where
 * {@code /proc} does not exist, nothing is watched.
 */
final class ListeningSockets {

  private static final String TCP_LISTEN = "0A";
  private static final long POLL_MILLIS = 20;

  private ListeningSockets() {}

  /**
   * Polls {@code process} until it exits; returns the listening sockets seen ({@code "tcp
   * 0.0.0.0:8443"}), or an empty list.
   */
  static List<String> watch(Process process) throws InterruptedException {
    Set<String> seen = new HashSet<>();
    Path proc = Path.of("/proc", Long.toString(process.pid()));
    if (!Files.isDirectory(Path.of("/proc/self/net"))) {
      return List.of();
    }
    while (process.isAlive()) {
      seen.addAll(listening(proc));
      Thread.sleep(POLL_MILLIS);
    }
    return new ArrayList<>(seen);
  }

  /** The listening sockets of the process whose {@code /proc} directory is {@code proc}. */
  static List<String> listening(Path proc) {
    Set<String> inodes = socketInodes(proc.resolve("fd"));
    List<String> found = new ArrayList<>();
    if (inodes.isEmpty()) {
      return found;
    }
    for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
      for (String[] row : rows(proc.resolve("net").resolve(table))) {
        boolean listens = table.startsWith("udp") || TCP_LISTEN.equals(row[3]);
        if (listens && inodes.contains(row[9])) {
          found.add(table + " " + row[1]);
        }
      }
    }
    return found;
  }

  private static Set<String> socketInodes(Path fds) {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> files = Files.list(fds)) {
      for (Path fd : files.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException e) {
          // closed meanwhile
        }
      }
    } catch (IOException e) {
      // the process has exited
    }
    return inodes;
  }

  private static List<String[]> rows(Path table) {
    try {
      return Files.readAllLines(table).stream()
          .skip(1)
          .map(line -> line.trim().split("\\s+"))
          .filter(cols -> cols.length > 9)
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
