package io.meshward.envoy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.envoyproxy.envoy.config.cluster.v3.Cluster;
import io.envoyproxy.envoy.config.listener.v3.Filter;
import io.envoyproxy.envoy.config.listener.v3.Listener;
import io.envoyproxy.envoy.config.route.v3.VirtualHost;
import io.envoyproxy.envoy.extensions.filters.network.http_connection_manager.v3.HttpFilter;
import java.util.List;

/**
 * {@code ProtoEnvoyValueParser} reads a MeshProxyPatch {@code value} as Kuma does: YAML to JSON
 * ({@link YamlToJson}), then the legacy jsonpb decoder with unknown fields ignored ({@link
 * JsonpbReader}), {@code Any} resolved through {@link EnvoyTypeRegistry}. It also reports the
 * unknown fields and, when asked, the first violation of Envoy's {@code validate.rules} ({@link
 * ConstraintChecker}), as Kuma's call of the generated {@code Validate()} reports it.
 *
 * <p>An empty value (blank, only comments, or {@code null}) is an empty message, as in Kuma: it
 * parses, and only the constraints (e.g. a Cluster's name) can reject it. Truncated input gives
 * {@code unexpected EOF}. Outcomes are remembered by value text ({@link ParsedValueCache}). Envoy
 * types are loaded on first use; call {@link #warmUp()} at startup to load the common ones in the
 * background.
 */
public final class ProtoEnvoyValueParser implements EnvoyValueParser {

  private static final ParsedValueCache CACHE = new ParsedValueCache();

  private final boolean checkAnyPayloads;

  /** A parser whose constraints also cover {@code Any} payloads (what Envoy enforces). */
  public ProtoEnvoyValueParser() {
    this(true);
  }

  /**
   * @param checkAnyPayloads whether constraints also apply inside {@code typedConfig} and other
   *     {@code Any} payloads, as Envoy does on load; {@code false} matches Kuma's admission exactly
   *     (protoc-gen-validate's Go code does not descend into {@code Any})
   */
  public ProtoEnvoyValueParser(boolean checkAnyPayloads) {
    this.checkAnyPayloads = checkAnyPayloads;
  }

  /** A parser that rejects exactly what Kuma's validator rejects. */
  public static ProtoEnvoyValueParser matchingKuma() {
    return new ProtoEnvoyValueParser(false);
  }

  /** Loads the common Envoy types now; safe to call from any thread, any number of times. */
  public static void warmUp() {
    EnvoyTypeRegistry.warmUp();
  }

  @Override
  public ParsedValue parse(EnvoyType type, String value, boolean checkConstraints) {
    String text = value == null ? "" : value;
    if (!checkConstraints) {
      return decoded(type, text);
    }
    var key = new ParsedValueCache.Key(type, text, true, checkAnyPayloads);
    ParsedValue checked = CACHE.get(key);
    if (checked == null) {
      ParsedValue decoded = decoded(type, text);
      checked = decoded.valid() ? constrained(decoded) : decoded;
      CACHE.put(key, checked);
    }
    return checked;
  }

  /**
   * {@code value} decoded, without constraints: what the render needs, and the first step of the
   * admission's checked parse, so the two share one decoding.
   */
  private static ParsedValue decoded(EnvoyType type, String text) {
    var key = new ParsedValueCache.Key(type, text, false, false);
    ParsedValue decoded = CACHE.get(key);
    if (decoded == null) {
      decoded = decode(type, text);
      CACHE.put(key, decoded);
    }
    return decoded;
  }

  private static ParsedValue decode(EnvoyType type, String value) {
    Message.Builder builder = builderFor(type);
    List<String> unknown;
    try {
      JsonNode json = YamlToJson.convert(value);
      if (json.isNull()) {
        json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      }
      JsonpbReader.Read read = JsonpbReader.read(json, builder.getDescriptorForType());
      unknown = read.unknownFields();
      EnvoyJson.merge(JsonFormat.parser().ignoringUnknownFields(), read.json(), builder);
    } catch (EnvoyValueException e) {
      return new ParsedValue(null, e.getMessage(), List.of());
    } catch (InvalidProtocolBufferException | RuntimeException e) {
      return new ParsedValue(null, oneLine(e.getMessage()), List.of());
    }
    return new ParsedValue(builder.build(), null, unknown);
  }

  /** {@code decoded} if it passes Envoy's field constraints, else their violations as its error. */
  private ParsedValue constrained(ParsedValue decoded) {
    List<String> violations =
        new ConstraintChecker(EnvoyTypeRegistry.get(), checkAnyPayloads, true)
            .check(decoded.message());
    return violations.isEmpty()
        ? decoded
        : new ParsedValue(null, String.join("; ", violations), decoded.unknownFields());
  }

  private static Message.Builder builderFor(EnvoyType type) {
    return switch (type) {
      case CLUSTER -> Cluster.newBuilder();
      case LISTENER -> Listener.newBuilder();
      case NETWORK_FILTER -> Filter.newBuilder();
      case HTTP_FILTER -> HttpFilter.newBuilder();
      case VIRTUAL_HOST -> VirtualHost.newBuilder();
    };
  }

  private static String oneLine(String message) {
    if (message == null || message.isBlank()) {
      return "invalid value";
    }
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
