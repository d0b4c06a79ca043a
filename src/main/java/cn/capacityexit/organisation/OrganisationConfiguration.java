package cn.capacityexit.organisation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/** Reads the organisation from {@code seeds/organisation/*.yaml} on the classpath. */
@Configuration
public class OrganisationConfiguration {

  static final String JURISDICTIONS = "seeds/organisation/jurisdictions.yaml";
  static final String DEPARTMENTS = "seeds/organisation/departments.yaml";

  /** Reader for the YAML files in seeds/: unknown fields are errors, not silently dropped data. */
  public static ObjectMapper seedReader() {
    return new ObjectMapper(new YAMLFactory())
        .findAndRegisterModules()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * The organisation of the seeds, or with {@code capacity-exit.organisation.divisions=national} every province,
   * prefecture and county of mainland China ({@link NationalDivisions}) with the seeds' jurisdictions as they are.
   */
  @Bean
  public Organisation organisation(@Value("${capacity-exit.organisation.divisions:seeds}") String divisions) {
    ObjectMapper yaml = seedReader();
    List<Jurisdiction> seeded = read(yaml, JURISDICTIONS, JurisdictionsFile.class).jurisdictions();
    List<Department> departments = read(yaml, DEPARTMENTS, DepartmentsFile.class).departments();
    return switch (divisions) {
      case "seeds" -> new Organisation(seeded, departments);
      case "national" -> new Organisation(NationalDivisions.read(seeded), departments);
      default -> throw new IllegalArgumentException("capacity-exit.organisation.divisions: seeds or national, not " + divisions);
    };
  }

  private static <T> T read(ObjectMapper yaml, String path, Class<T> type) {
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return yaml.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  record JurisdictionsFile(List<Jurisdiction> jurisdictions) {}

  record DepartmentsFile(List<Department> departments) {}
}
