package cn.capacityexit.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Deploys the diagrams, decisions and forms of {@code processes/} and {@code forms/} under stable
 * resource names ({@code processes/rectification-to-closure.bpmn}), whether the application runs
 * from {@code target/classes} or from the jar. With duplicate filtering, a start with unchanged
 * files deploys nothing; a change redeploys the whole set, so that forms bound by deployment are
 * always found beside their process.
 */
public class ModelDeployer {

  public static final String DEPLOYMENT_NAME = "capacity-exit";
  static final String[] PATTERNS = {
    "classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form", "classpath*:forms/*.html",
    "classpath*:documents/*.txt"
  };
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  /** The resources to deploy, by stable name, in name order. */
  static Map<String, Resource> resources() {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    Map<String, Resource> byName = new TreeMap<>();
    try {
      for (String pattern : PATTERNS) {
        String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
        for (Resource r : resolver.getResources(pattern)) {
          byName.put(folder + r.getFilename(), r);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the models to deploy", e);
    }
    return byName;
  }

  /** Deploys the models when any of them changed; returns true when it created a deployment. */
  public static boolean deploy(ProcessEngine engine) {
    Map<String, Resource> resources = resources();
    if (resources.isEmpty()) {
      LOG.warn("No models found in processes/ and forms/: nothing deployed");
      return false;
    }
    long before = engine.getRepositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("capacity-exit application")
        .enableDuplicateFiltering(false);
    resources.forEach((name, resource) -> {
      try (InputStream in = resource.getInputStream()) {
        builder.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    });
    builder.deploy();
    boolean deployed = engine.getRepositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count() > before;
    LOG.info("Models {}: {}", deployed ? "deployed" : "unchanged, nothing deployed", String.join(", ", resources.keySet()));
    return deployed;
  }
}
