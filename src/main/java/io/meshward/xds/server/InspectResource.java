package io.meshward.xds.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meshward.core.Json;
import io.meshward.xds.ProxyIdentity;
import io.meshward.xds.ResourceSet;
import io.meshward.xds.XdsException;
import io.meshward.xds.XdsOutput;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code InspectResource} is {@code GET /inspect/meshes/{mesh}/xds[?dataplane=&namespace=]}: the
 * Envoy resources meshward serves for that proxy ({@code {"version", "resources": [{name,
 * resource}]}}), plus {@code effective}: the passthrough values Envoy applies, written or built in.
 * Without a dataplane a representative proxy of the mesh is rendered. A render that fails answers
 * 422 with the reason.
 */
@Path("/inspect/meshes/{mesh}/xds")
public class InspectResource {

  @Inject XdsServer xds;

  /** The resources of one proxy of {@code mesh}. */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response inspect(
      @PathParam("mesh") String mesh,
      @QueryParam("dataplane") @DefaultValue("") String dataplane,
      @QueryParam("namespace") @DefaultValue("") String namespace) {
    ProxyIdentity proxy = proxyOf(mesh, dataplane, namespace);
    ObjectNode body = Json.MAPPER.createObjectNode();
    try {
      ResourceSet set = xds.renderer().render(proxy, xds.store().inputs(mesh));
      Snapshots.Served served = xds.snapshots().served(proxy);
      body.put("version", served == null ? "" : served.version());
      body.setAll(XdsOutput.document(set));
      if (!body.has("resources")) {
        body.putArray("resources");
      }
      body.set("effective", Json.MAPPER.valueToTree(xds.options().effective()));
      return Response.ok(body).build();
    } catch (XdsException e) {
      body.put("error", e.getMessage());
      return Response.status(422).entity(body).build();
    }
  }

  private ProxyIdentity proxyOf(String mesh, String dataplane, String namespace) {
    if (dataplane.isEmpty()) {
      return ProxyIdentity.of(mesh, "inspect", namespace);
    }
    ProxyIdentity known =
        xds.store().proxy(namespace.isEmpty() ? dataplane : dataplane + "." + namespace);
    return known != null && known.mesh().equals(mesh)
        ? known
        : ProxyIdentity.of(mesh, dataplane, namespace);
  }
}
