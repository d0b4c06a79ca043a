package cn.capacityexit.inspection;

import cn.capacityexit.organisation.OrganisationConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The inspection kinds of seeds/inspection/kinds.yaml: which departments run them, which clauses order them. */
@Component
public class InspectionKinds {

  static final String FILE = "seeds/inspection/kinds.yaml";

  /** One kind of inspection. */
  public record Kind(String code, String name, List<String> departments, List<String> clauses) {}

  record File(List<Kind> kinds) {}

  private final List<Kind> kinds;

  public InspectionKinds() {
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      this.kinds = List.copyOf(OrganisationConfiguration.seedReader().readValue(in, File.class).kinds());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  public Optional<Kind> find(String code) {
    return kinds.stream().filter(k -> k.code().equals(code)).findFirst();
  }

  public List<Kind> all() {
    return kinds;
  }
}
