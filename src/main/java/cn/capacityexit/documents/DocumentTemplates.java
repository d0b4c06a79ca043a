package cn.capacityexit.documents;

import cn.capacityexit.process.AsSystem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The templates of the documents: the latest deployment that holds {@code documents/<kind>.txt}
 * (an analyst deploys a changed template as he deploys a decision table, without a release),
 * else the one packaged with the product.
 */
@Component
public class DocumentTemplates {

  private final RepositoryService repository;
  private final AsSystem asSystem;

  public DocumentTemplates(RepositoryService repository, AsSystem asSystem) {
    this.repository = repository;
    this.asSystem = asSystem;
  }

  public DocumentTemplate get(DocumentKind kind) {
    String name = kind.resource();
    String deployed = asSystem.call(() -> {
      for (Deployment d : repository.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, 20)) {
        if (repository.getDeploymentResourceNames(d.getId()).contains(name)) {
          try (InputStream in = repository.getResourceAsStream(d.getId(), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n# deployment " + d.getId();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      return null;
    });
    return DocumentTemplate.parse(name, deployed != null ? deployed : packaged(name));
  }

  static String packaged(String name) {
    try (InputStream in = new ClassPathResource(name).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("no template " + name, e);
    }
  }
}
