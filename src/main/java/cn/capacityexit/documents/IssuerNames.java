package cn.capacityexit.documents;

import cn.capacityexit.organisation.Jurisdiction;
import cn.capacityexit.organisation.Organisation;
import cn.capacityexit.organisation.OrganisationConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The issuing body's name and its abbreviation in document numbers (机关代字): the jurisdiction's
 * short form and the department's, from {@code seeds/documents/issuers.yaml} (济 + 能 → 济能整改〔2026〕1号).
 */
@Component
public class IssuerNames {

  static final String FILE = "seeds/documents/issuers.yaml";

  record File(Map<String, String> jurisdictions, Map<String, String> departments) {}

  private final Organisation organisation;
  private final File file;

  public IssuerNames(Organisation organisation) {
    this.organisation = organisation;
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      this.file = OrganisationConfiguration.seedReader().readValue(in, File.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  /** The full name of the group's department: 济宁市能源局. */
  public String name(String group) {
    return organisation.groupName(group);
  }

  /** 济能 for energy-370800: the jurisdiction's short form (or its first character) and the department's. */
  public String abbreviation(String group) {
    int dash = group.indexOf('-');
    String department = group.substring(0, dash);
    String code = group.substring(dash + 1);
    String place = file.jurisdictions().get(code);
    if (place == null) {
      place = organisation.jurisdiction(code).map(Jurisdiction::name).map(n -> n.substring(0, 1)).orElse(code);
    }
    return place + file.departments().getOrDefault(department, department);
  }
}
