package io.meshward.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.cli.report.Position;
import io.meshward.core.KumaResource;
import java.util.List;

/**
 * {@code KumaDocument} is a source document of a Kuma kind, in the Kubernetes form the engine
 * judges, with the way back to source positions.
 *
 * @param source the document as parsed
 * @param object the object in Kubernetes form (a converted copy for a Universal document)
 * @param universal whether the source is in Universal form
 */
public record KumaDocument(SourceDocument source, JsonNode object, boolean universal) {

  /** A Kuma document over {@code source}, converting Universal form. */
  static KumaDocument of(SourceDocument source) {
    boolean universal = UniversalForm.is(source.tree());
    JsonNode object = universal ? UniversalForm.toKubernetes(source.tree()) : source.tree();
    return new KumaDocument(source, object, universal);
  }

  /** The object as the engine reads it. */
  public KumaResource resource() {
    return KumaResource.of(object);
  }

  /**
   * What identifies the object across revisions: kind, namespace (for a Universal object, its mesh)
   * and name.
   */
  public String key() {
    KumaResource r = resource();
    String scope = universal ? "mesh:" + r.mesh() : r.namespace();
    return r.kind() + "/" + scope + "/" + r.name();
  }

  /**
   * Where the node named by the Kuma-style {@code field} is, or its nearest existing parent when it
   * is missing.
   */
  public Position locate(String field) {
    List<String> candidates = KumaPaths.candidates(field);
    for (String k8s : candidates) {
      String pointer = sourcePointer(k8s);
      if (source.positions().has(pointer)) {
        return source.positions().locate(pointer);
      }
    }
    return source.positions().locate(sourcePointer(candidates.get(0)));
  }

  /** The Kuma-style path of {@code field} as Kuma reports it for the form the source is in. */
  public String reportedField(String field) {
    return universal ? UniversalForm.field(source.tree(), field) : field;
  }

  private String sourcePointer(String k8sPointer) {
    return universal ? UniversalForm.pointer(source.tree(), k8sPointer) : k8sPointer;
  }
}
