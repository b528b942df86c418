package io.meshward.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** {@code Json} holds the shared, thread-safe Jackson mappers the engine uses. */
public final class Json {

  /** JSON mapper with Jackson defaults. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  /** YAML mapper (YAML 1.1 as Kubernetes and Kuma read it). */
  public static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());

  private Json() {}
}
