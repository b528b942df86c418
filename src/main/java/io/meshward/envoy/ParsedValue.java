package io.meshward.envoy;

import com.google.protobuf.Message;
import java.util.List;

/**
 * {@code ParsedValue} is the outcome of reading a modification {@code value} as an Envoy message.
 *
 * @param message the parsed message; {@code null} when {@code error} is set
 * @param error why it is not a valid Envoy resource (Kuma's wording where Kuma has one, e.g. {@code
 *     unexpected EOF}); {@code null} when valid
 * @param unknownFields dotted paths of fields Envoy does not know (Kuma drops them silently), e.g.
 *     {@code conectTimeout} or {@code circuitBreakers.thresholds[0].maxConection}
 */
public record ParsedValue(Message message, String error, List<String> unknownFields) {

  /** Whether the value parsed (and, when asked, passed Envoy's field constraints). */
  public boolean valid() {
    return error == null;
  }
}
