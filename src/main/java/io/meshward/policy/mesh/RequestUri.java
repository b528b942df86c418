package io.meshward.policy.mesh;

import java.util.Optional;

/**
 * {@code RequestUri} mirrors Go's {@code url.ParseRequestURI} as far as Kuma's zipkin rule needs
 * it: whether the URL parses, and the port of its host ({@code URL.Port()}).
 */
final class RequestUri {

  private static final String HOST_SAFE = "!$&'()*+,;=:[]<>\"-_.~";
  private static final String USERINFO_SAFE = "-._:~!$&'()*+,;=%@";

  private RequestUri() {}

  /** The port of {@code raw} (possibly empty); empty Optional when Go reports an error. */
  static Optional<String> port(String raw) {
    if (raw.isEmpty() || raw.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return Optional.empty();
    }
    if (raw.equals("*")) {
      return Optional.of("");
    }
    int colon = schemeEnd(raw);
    if (colon == 0) {
      return Optional.empty();
    }
    boolean hasScheme = colon > 0;
    String rest = hasScheme ? raw.substring(colon + 1) : raw;
    if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
      rest = rest.substring(0, rest.length() - 1);
    } else if (rest.indexOf('?') >= 0) {
      rest = rest.substring(0, rest.indexOf('?'));
    }
    if (!rest.startsWith("/")) {
      return hasScheme ? Optional.of("") : Optional.empty();
    }
    String host = "";
    if (hasScheme && rest.startsWith("//")) {
      String authority = rest.substring(2);
      int slash = authority.indexOf('/');
      rest = slash < 0 ? "" : authority.substring(slash);
      authority = slash < 0 ? authority : authority.substring(0, slash);
      int at = authority.lastIndexOf('@');
      if (at >= 0 && !validUserinfo(authority.substring(0, at))) {
        return Optional.empty();
      }
      host = authority.substring(at + 1);
      if (!validHost(host)) {
        return Optional.empty();
      }
    }
    if (!validEscapes(rest, false)) {
      return Optional.empty();
    }
    int c = host.lastIndexOf(':');
    return Optional.of(c >= 0 && validOptionalPort(host.substring(c)) ? host.substring(c + 1) : "");
  }

  /** Index of the scheme's colon; -1 when there is no scheme; 0 for "missing protocol scheme". */
  private static int schemeEnd(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        continue;
      }
      if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
        if (i == 0) {
          return -1;
        }
        continue;
      }
      return c == ':' ? i : -1;
    }
    return -1;
  }

  private static boolean validHost(String host) {
    if (host.startsWith("[")) {
      int i = host.lastIndexOf(']');
      if (i < 0 || !validOptionalPort(host.substring(i + 1))) {
        return false;
      }
    } else {
      int i = host.lastIndexOf(':');
      if (i >= 0 && !validOptionalPort(host.substring(i))) {
        return false;
      }
    }
    return validEscapes(host, true);
  }

  private static boolean validEscapes(String s, boolean hostMode) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length() || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
          return false;
        }
        if (hostMode && Character.digit(s.charAt(i + 1), 16) < 8 && !s.startsWith("%25", i)) {
          return false;
        }
        i += 2;
      } else if (hostMode && c < 0x80 && !isAsciiAlnum(c) && HOST_SAFE.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean validUserinfo(String userinfo) {
    return userinfo.chars().allMatch(c -> isAsciiAlnum(c) || USERINFO_SAFE.indexOf(c) >= 0);
  }

  private static boolean validOptionalPort(String port) {
    if (port.isEmpty()) {
      return true;
    }
    return port.charAt(0) == ':' && port.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isAsciiAlnum(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
