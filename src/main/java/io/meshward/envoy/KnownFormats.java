package io.meshward.envoy;

import io.envoyproxy.pgv.validate.Validate.KnownRegex;
import io.envoyproxy.pgv.validate.Validate.StringRules;
import io.meshward.core.GoQuote;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code KnownFormats} holds the well-known string formats of protoc-gen-validate (ip, ipv4, ipv6,
 * hostname, address, uri, uri_ref, uuid, email, HTTP header name/value regexes) and the compiled
 * {@code pattern} cache.
 */
final class KnownFormats {

  private static final String HEADER_NAME = "^:?[0-9a-zA-Z!#$%&'*+-.^_|~`]+$";
  private static final String HEADER_VALUE = "^[^\u0000-\u0008\n-\u001f\u007f]*$";
  private static final String HEADER_LOOSE = "^[^\u0000\n\r]*$";
  private static final Pattern IPV4 =
      Pattern.compile(
          "^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
  private static final Pattern UUID =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private KnownFormats() {}

  /** The violation reason of the well-known format rule, or null when it holds. */
  static String check(String value, StringRules r) {
    if (r.getIp() && !isIp(value)) {
      return "value must be a valid IP address";
    } else if (r.getIpv4() && !IPV4.matcher(value).matches()) {
      return "value must be a valid IPv4 address";
    } else if (r.getIpv6()
        && (!isIp(value) || IPV4.matcher(value).matches() || isMappedV4(value))) {
      return "value must be a valid IPv6 address";
    } else if (r.getEmail()
        && (!value.contains("@")
            || hostnameError(value.substring(value.lastIndexOf('@') + 1)) != null)) {
      return "value must be a valid email address";
    } else if (r.getHostname() && hostnameError(value) != null) {
      return "value must be a valid hostname | caused by: " + hostnameError(value);
    } else if (r.getAddress() && hostnameError(value) != null && !isIp(value)) {
      return "value must be a valid hostname, or ip address";
    } else if (r.getUri()) {
      return uriError(value, true);
    } else if (r.getUriRef()) {
      return uriError(value, false);
    } else if (r.getUuid() && !UUID.matcher(value).matches()) {
      return "value must be a valid UUID";
    } else if (r.hasWellKnownRegex() && r.getWellKnownRegex() != KnownRegex.UNKNOWN) {
      String regex = headerRegex(r.getWellKnownRegex(), !r.hasStrict() || r.getStrict());
      if (!matches(regex, value)) {
        return "value does not match regex pattern " + GoQuote.of(regex);
      }
    }
    return null;
  }

  /** Whether {@code regex} matches somewhere in {@code value} (Go's {@code MatchString}). */
  static boolean matches(String regex, String value) {
    Pattern pattern = PATTERNS.computeIfAbsent(regex, KnownFormats::compile);
    return pattern == null || pattern.matcher(value).find();
  }

  private static Pattern compile(String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      return Pattern.compile(".*");
    }
  }

  private static String headerRegex(KnownRegex regex, boolean strict) {
    if (!strict) {
      return HEADER_LOOSE;
    }
    return regex == KnownRegex.HTTP_HEADER_NAME ? HEADER_NAME : HEADER_VALUE;
  }

  static boolean isIp(String value) {
    if (IPV4.matcher(value).matches()) {
      return true;
    }
    if (!value.contains(":") || value.contains("[") || value.contains("%")) {
      return false;
    }
    try {
      InetAddress.getByName(value);
      return true;
    } catch (UnknownHostException | IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isMappedV4(String value) {
    try {
      return InetAddress.getByName(value) instanceof Inet4Address;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** protoc-gen-validate's Go {@code _validateHostname} reason, or null for a valid hostname. */
  static String hostnameError(String host) {
    String s = (host.endsWith(".") ? host.substring(0, host.length() - 1) : host).toLowerCase();
    if (host.length() > 253) {
      return "hostname cannot exceed 253 characters";
    }
    for (String part : s.split("\\.", -1)) {
      if (part.isEmpty() || part.length() > 63) {
        return "hostname part must be non-empty and cannot exceed 63 characters";
      }
      if (part.charAt(0) == '-') {
        return "hostname parts cannot begin with hyphens";
      }
      if (part.charAt(part.length() - 1) == '-') {
        return "hostname parts cannot end with hyphens";
      }
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        if ((c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-') {
          return "hostname parts can only contain alphanumeric characters or hyphens, got "
              + GoQuote.of(String.valueOf(c));
        }
      }
    }
    return null;
  }

  private static String uriError(String value, boolean absolute) {
    try {
      new URI(value);
    } catch (URISyntaxException e) {
      return "value must be a valid URI | caused by: " + e.getMessage();
    }
    return absolute && !SCHEME.matcher(value).matches() ? "value must be absolute" : null;
  }
}
