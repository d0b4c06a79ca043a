package cn.capacityexit.legalbasis;

import cn.capacityexit.organisation.OrganisationConfiguration;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The clause catalogue of the seed plans, read once from {@code seeds/clauses/*.yaml}. */
@Component
public class Clauses {

  static final String FILES = "classpath*:seeds/clauses/*-*.yaml";

  private final List<Plan> plans;

  public Clauses() {
    this.plans = load();
  }

  public List<Plan> plans() {
    return plans;
  }

  static List<Plan> load() {
    ObjectMapper yaml = OrganisationConfiguration.seedReader();
    List<Plan> plans = new ArrayList<>();
    try {
      for (Resource r : new PathMatchingResourcePatternResolver().getResources(FILES)) {
        try (InputStream in = r.getInputStream()) {
          plans.add(yaml.readValue(in, Plan.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILES, e);
    }
    plans.sort(Comparator.comparing(Plan::jurisdiction).thenComparing(Plan::planYear));
    return List.copyOf(plans);
  }
}
