package io.meshward.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import java.util.List;

/** {@code XdsText} writes the {@code --xds} section of the text, markdown and JSON reports. */
final class XdsText {

  private XdsText() {}

  /** The JSON {@code xds} array. */
  static ArrayNode json(List<ProxyDiff> diffs) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (ProxyDiff d : diffs) {
      ObjectNode o = out.addObject();
      o.put("mesh", d.mesh());
      o.put("proxy", d.proxy());
      o.put("error", d.error());
      o.put("baseError", d.baseError());
      ArrayNode resources = o.putArray("resources");
      for (ResourceDiff r : d.resources()) {
        ObjectNode e = resources.addObject();
        e.put("resource", r.resource());
        e.put("type", r.type());
        e.put("change", r.change());
        e.set("patch", r.patch());
      }
    }
    return out;
  }

  /** One line per proxy, then one per changed resource, indented by two. */
  static String text(List<ProxyDiff> diffs) {
    if (diffs.isEmpty()) {
      return "xDS changes: none (no Mesh, MeshProxyPatch or MeshPassthrough changed)\n";
    }
    StringBuilder out = new StringBuilder("xDS changes\n");
    for (ProxyDiff d : diffs) {
      out.append("  ").append(d.title()).append(": ").append(headline(d)).append('\n');
      if (!d.baseError().isEmpty()) {
        out.append("    base revision: xDS generation fails: ").append(d.baseError()).append('\n');
      }
      for (ResourceDiff r : d.resources()) {
        out.append("    ").append(r.change()).append(' ').append(r.shortType()).append(' ');
        out.append(r.resource());
        out.append(r.change().equals("modified") ? ": " + r.patch() : "").append('\n');
      }
    }
    return out.toString();
  }

  /** A markdown section. */
  static String markdown(List<ProxyDiff> diffs) {
    StringBuilder out = new StringBuilder("\n### xDS changes\n");
    for (ProxyDiff d : diffs) {
      out.append("\n**").append(d.title()).append("**: ").append(headline(d)).append("\n\n");
      if (!d.baseError().isEmpty()) {
        out.append("- base revision: xDS generation fails: ").append(d.baseError()).append('\n');
      }
      for (ResourceDiff r : d.resources()) {
        out.append(String.format("- %s `%s` `%s`", r.change(), r.shortType(), r.resource()));
        if (r.change().equals("modified")) {
          out.append(": `").append(r.patch()).append('`');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String headline(ProxyDiff d) {
    if (d.failed()) {
      return "denied: Kuma would fail xDS generation: " + d.error();
    }
    if (d.resources().isEmpty()) {
      return "no change";
    }
    long added = d.resources().stream().filter(r -> r.change().equals("added")).count();
    long removed = d.resources().stream().filter(r -> r.change().equals("removed")).count();
    long modified = d.resources().size() - added - removed;
    return added + " added, " + removed + " removed, " + modified + " modified";
  }
}
