package io.meshward.cli;

import io.meshward.cli.report.CheckReport;
import io.meshward.cli.report.DocumentResult;
import io.meshward.cli.report.InputError;
import io.meshward.cli.report.ProxyDiff;
import io.meshward.cli.report.Summary;
import io.meshward.core.KumaKind;
import io.meshward.core.KumaResource;
import io.meshward.engine.StandardValidators;
import io.meshward.engine.ValidationEngine;
import io.meshward.envoy.ProtoEnvoyValueParser;
import io.meshward.guard.TrafficGuards;
import io.meshward.policy.PolicyRoles;
import io.meshward.schema.JsonSchemaCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code CheckRun} is one {@code meshward check}: it loads the head (and base) revision, pairs
 * objects by {@link KumaDocument#key()}, judges every change with the webhook's engine and counts
 * the results. Objects only in the base are judged as deletions, after the head's objects.
 */
final class CheckRun {

  private final SourceLoader loader;
  private final Normalizer normalizer;
  private final ValidationEngine engine;

  CheckRun(SourceLoader loader, Normalizer normalizer, ValidationEngine engine) {
    this.loader = loader;
    this.normalizer = normalizer;
    this.engine = engine;
  }

  /**
   * The engine as the webhook builds it, minus what needs a cluster (the Mesh DELETE rule), with
   * each kind's schema compiled when the first object of that kind is judged. Built once, on first
   * use; thread-safe.
   */
  static ValidationEngine offlineEngine() {
    return OfflineEngine.INSTANCE;
  }

  private static final class OfflineEngine {
    static final ValidationEngine INSTANCE = build();
  }

  private static ValidationEngine build() {
    return engine(TrafficGuards.unverified());
  }

  /** The offline engine whose live-traffic guards ask {@code guards.source()}. */
  static ValidationEngine engine(TrafficGuards guards) {
    return new ValidationEngine(
        JsonSchemaCheck.onDemand(),
        StandardValidators.create(ProtoEnvoyValueParser.matchingKuma()),
        new PolicyRoles(PolicyRoles.DEFAULT_SYSTEM_NAMESPACES),
        null,
        guards);
  }

  CheckReport run(List<String> inputs, String basePath) {
    return run(inputs, basePath, XdsPreview.OFF);
  }

  /** Checks {@code inputs} against {@code basePath}; with {@code xds} enabled, diffs their xDS. */
  CheckReport run(List<String> inputs, String basePath, XdsPreview xds) {
    if (basePath == null && !xds.enabled()) {
      return runEachFile(inputs);
    }
    SourceLoader.Loaded<SourceDocument> head = loader.load(inputs);
    List<InputError> errors = new ArrayList<>(head.errors());
    List<KumaDocument> heads = new ArrayList<>();
    List<DataplaneDoc> dataplanes = new ArrayList<>();
    int skipped = 0;
    for (SourceDocument doc : head.documents()) {
      if (isKuma(doc)) {
        heads.add(KumaDocument.of(doc));
      } else {
        skipped++;
        DataplaneDoc.of(doc).ifPresent(dataplanes::add);
      }
    }
    Map<String, KumaDocument> bases = new LinkedHashMap<>();
    if (basePath != null) {
      SourceLoader.Loaded<SourceDocument> base = loader.load(List.of(basePath));
      errors.addAll(base.errors());
      base.documents().stream()
          .filter(CheckRun::isKuma)
          .map(KumaDocument::of)
          .forEach(d -> bases.putIfAbsent(d.key(), d));
    }
    List<ProxyDiff> diffs = xds.enabled() ? new XdsDiffs(xds).diff(heads, bases, dataplanes) : null;
    List<Change> changes = new ArrayList<>();
    for (KumaDocument doc : heads) {
      changes.add(new Change(doc, bases.remove(doc.key())));
    }
    for (KumaDocument gone : bases.values()) {
      changes.add(new Change(null, gone));
    }
    InputRenderInputs rendered = new InputRenderInputs(xds.features());
    dataplanes.forEach(rendered::offer);
    DocumentJudge judge = new DocumentJudge(engine, normalizer);
    List<Judged> first = Parallel.map(changes, c -> Judged.first(c, judge, rendered));
    List<DocumentResult> results = judgeDeferred(first, rendered);
    return new CheckReport(summarize(results, skipped, errors.size()), results, errors, diffs);
  }

  /**
   * Without a base revision every object is a CREATE, known as soon as its file is parsed: each
   * file's documents are judged right away, so only the files being worked on (and the
   * MeshProxyPatches, judged last) are held in memory.
   */
  private CheckReport runEachFile(List<String> inputs) {
    DocumentJudge judge = new DocumentJudge(engine, normalizer);
    InputRenderInputs rendered = new InputRenderInputs(Set.of());
    SourceLoader.Loaded<Optional<Judged>> judged =
        loader.load(
            inputs,
            docs ->
                Parallel.map(
                    docs,
                    doc -> {
                      if (isKuma(doc)) {
                        return Optional.of(
                            Judged.first(new Change(KumaDocument.of(doc), null), judge, rendered));
                      }
                      DataplaneDoc.of(doc).ifPresent(rendered::offer);
                      return Optional.empty();
                    }));
    List<Judged> kuma = judged.documents().stream().flatMap(Optional::stream).toList();
    int skipped = judged.documents().size() - kuma.size();
    List<DocumentResult> results = judgeDeferred(kuma, rendered);
    List<InputError> errors = judged.errors();
    return new CheckReport(summarize(results, skipped, errors.size()), results, errors, null);
  }

  /**
   * The results in order, judging the deferred changes with the render check over {@code inputs}.
   */
  private List<DocumentResult> judgeDeferred(List<Judged> judged, InputRenderInputs inputs) {
    if (judged.stream().allMatch(j -> j.result() != null)) {
      return judged.stream().map(Judged::result).toList();
    }
    DocumentJudge withRender = new DocumentJudge(inputs.engine(engine), normalizer);
    return Parallel.map(
        judged,
        j ->
            j.result() != null
                ? j.result()
                : withRender.judge(j.change().head(), j.change().base()));
  }

  /**
   * A change and its result; no result yet when it is a MeshProxyPatch, judged after the other
   * documents have filled the render check's inputs.
   */
  private record Judged(Change change, DocumentResult result) {
    static Judged first(Change c, DocumentJudge judge, InputRenderInputs rendered) {
      if (InputRenderInputs.deferred(c.head())) {
        return new Judged(c, null);
      }
      DocumentResult result = judge.judge(c.head(), c.base());
      if (c.head() != null) {
        rendered.offer(c.head(), result.allowed());
      }
      return new Judged(c, result);
    }
  }

  /** One object's change: {@code head} alone is a CREATE, both an UPDATE, {@code base} a DELETE. */
  private record Change(KumaDocument head, KumaDocument base) {}

  /**
   * Whether {@code doc} is of a Kuma kind meshward judges: Kubernetes form in the {@code kuma.io}
   * group, or Universal form.
   */
  static boolean isKuma(SourceDocument doc) {
    if (!doc.tree().isObject()) {
      return false;
    }
    KumaResource r = KumaResource.of(doc.tree());
    boolean group = r.universal() || r.apiVersion().startsWith(KumaKind.GROUP + "/");
    return group && KumaKind.of(r.kind()).isPresent();
  }

  private static Summary summarize(List<DocumentResult> results, int skipped, int errors) {
    int denied = 0;
    int warnings = 0;
    int mutated = 0;
    for (DocumentResult r : results) {
      denied += r.allowed() ? 0 : 1;
      warnings += r.warnings().size();
      mutated += r.mutated() ? 1 : 0;
    }
    return new Summary(results.size(), denied, warnings, mutated, skipped, errors);
  }
}
