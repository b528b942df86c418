package io.meshward.policy.mesh;

/**
 * {@code HostPort} splits {@code host:port} exactly like Go's {@code net.SplitHostPort}, including
 * bracketed IPv6 hosts ({@code [::1]:80}).
 *
 * @param host the host, without brackets
 * @param port the port text, possibly empty
 */
record HostPort(String host, String port) {

  /** The split of {@code hostport}; {@code null} when Go would return an error. */
  static HostPort split(String hostport) {
    int i = hostport.lastIndexOf(':');
    if (i < 0) {
      return null;
    }
    String host;
    int j = 0;
    int k = 0;
    if (hostport.charAt(0) == '[') {
      int end = hostport.indexOf(']');
      if (end < 0 || end + 1 == hostport.length() || end + 1 != i) {
        return null;
      }
      host = hostport.substring(1, end);
      j = 1;
      k = end + 1;
    } else {
      host = hostport.substring(0, i);
      if (host.indexOf(':') >= 0) {
        return null;
      }
    }
    if (hostport.indexOf('[', j) >= 0 || hostport.indexOf(']', k) >= 0) {
      return null;
    }
    return new HostPort(host, hostport.substring(i + 1));
  }
}
