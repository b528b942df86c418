package io.meshward.xds;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * {@code Cidr} is a CIDR read as Go's {@code net.ParseCIDR} reads it, for the prefix ranges Kuma
 * writes: the network address (host bits cleared) in Go's text form and the prefix length. A value
 * that is not a CIDR gives an empty address and length 0, as Kuma's {@code getIpAndMask} does.
 *
 * @param address the network address, e.g. {@code 10.0.0.0} or {@code fd00::}
 * @param prefixLen the prefix length
 */
record Cidr(String address, int prefixLen) {

  private static final Cidr INVALID = new Cidr("", 0);

  /** Reads {@code value} ({@code address/length}). */
  static Cidr parse(String value) {
    int slash = value.indexOf('/');
    if (slash < 0 || !value.substring(0, slash).matches("[0-9a-fA-F:.]+")) {
      return INVALID;
    }
    byte[] bytes;
    int len;
    try {
      bytes = InetAddress.getByName(value.substring(0, slash)).getAddress();
      len = Integer.parseInt(value.substring(slash + 1));
    } catch (UnknownHostException | NumberFormatException e) {
      return INVALID;
    }
    boolean v6 = value.substring(0, slash).contains(":");
    if (v6 != (bytes.length == 16) || len < 0 || len > bytes.length * 8) {
      return INVALID;
    }
    for (int bit = len; bit < bytes.length * 8; bit++) {
      bytes[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
    }
    return new Cidr(bytes.length == 4 ? v4(bytes) : v6(bytes), len);
  }

  private static String v4(byte[] b) {
    return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
  }

  /** RFC 5952 text, as Go prints it: the longest run (two or more) of zero groups is {@code ::}. */
  private static String v6(byte[] b) {
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLen && j - i >= 2) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLen - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]));
    }
    return out.toString();
  }
}
