package io.meshward.xds;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ProxyIdentity} is the data plane proxy a config is rendered for.
 *
 * @param mesh the mesh it belongs to
 * @param name the Dataplane name
 * @param namespace the Dataplane namespace; empty on Universal
 * @param labels the Dataplane's labels (what a {@code Dataplane} targetRef's {@code labels} select)
 * @param inbounds its inbounds (what {@code MeshSubset}, {@code MeshService} and {@code
 *     MeshServiceSubset} select: a proxy is selected when one of its inbounds is)
 * @param ipv6 whether the transparent proxy also redirects IPv6 (dual stack)
 * @param unifiedNaming whether Kuma's unified resource naming is on (data plane feature and Mesh
 *     {@code meshServices.mode: Exclusive})
 * @param redirect where its transparent proxy redirects traffic ({@link Redirect#NONE}: none)
 * @param features the features its kuma-dp advertises ({@link DataplaneFeatures})
 */
public record ProxyIdentity(
    String mesh,
    String name,
    String namespace,
    Map<String, String> labels,
    List<Inbound> inbounds,
    boolean ipv6,
    boolean unifiedNaming,
    Redirect redirect,
    Set<String> features) {

  /**
   * One inbound of a Dataplane ({@code networking.inbound[]}).
   *
   * @param port the port it listens on; 0 when not known (a proxy known by its tags alone)
   * @param tags its tags
   */
  public record Inbound(int port, Map<String, String> tags) {

    /** Copies the tags (unmodifiable; a map's order plays no part). */
    public Inbound {
      tags = Map.copyOf(tags);
    }
  }

  /** Copies the labels, inbounds and features. */
  public ProxyIdentity {
    labels = Map.copyOf(labels);
    inbounds = List.copyOf(inbounds);
    features = Set.copyOf(features);
  }

  /**
   * A proxy whose labels and single inbound (of unknown port) both carry {@code tags} (a proxy
   * known only by one set of tags, e.g. from its xDS node metadata), redirected to Kuma's default
   * ports, with no features.
   */
  public ProxyIdentity(
      String mesh,
      String name,
      String namespace,
      Map<String, String> tags,
      boolean ipv6,
      boolean unifiedNaming) {
    this(
        mesh,
        name,
        namespace,
        tags,
        List.of(new Inbound(0, tags)),
        ipv6,
        unifiedNaming,
        Redirect.DEFAULT,
        Set.of());
  }

  /** A proxy of {@code mesh} with no tags, IPv4 only, legacy names. */
  public static ProxyIdentity of(String mesh, String name, String namespace) {
    return new ProxyIdentity(mesh, name, namespace, Map.of(), false, false);
  }

  /** The xDS node id: {@code <dataplane>.<namespace>}, or the name alone without a namespace. */
  public String nodeId() {
    return namespace.isEmpty() ? name : name + "." + namespace;
  }

  /**
   * The ports of its inbounds in declaration order; empty when it has none or one of unknown port
   * (a proxy known by its tags alone).
   */
  public List<Integer> inboundPorts() {
    List<Integer> ports = inbounds.stream().map(Inbound::port).toList();
    return ports.contains(0) ? List.of() : ports;
  }

  /** Whether its kuma-dp advertises {@code feature}. */
  public boolean hasFeature(String feature) {
    return features.contains(feature);
  }

  /** The same proxy with IPv6 and unified naming set as given. */
  public ProxyIdentity withFlags(boolean ipv6, boolean unifiedNaming) {
    return new ProxyIdentity(
        mesh, name, namespace, labels, inbounds, ipv6, unifiedNaming, redirect, features);
  }

  /** The same proxy advertising {@code features} instead of its own. */
  public ProxyIdentity withFeatures(Set<String> features) {
    return new ProxyIdentity(
        mesh, name, namespace, labels, inbounds, ipv6, unifiedNaming, redirect, features);
  }

  /** The same proxy with {@code inbounds} instead of its own. */
  public ProxyIdentity withInbounds(List<Inbound> inbounds) {
    return new ProxyIdentity(
        mesh, name, namespace, labels, inbounds, ipv6, unifiedNaming, redirect, features);
  }
}
