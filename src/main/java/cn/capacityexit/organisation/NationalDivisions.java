package cn.capacityexit.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;

/**
 * The optional national organisation (issue 17): every province, prefecture and county of mainland China from
 * {@code seeds/organisation/national/divisions.csv} (国家统计局 2023年统计用区划代码, its header says how it was derived),
 * each a tenant with its departments. The seeds' own jurisdictions keep what their plans say (departments, demo logins);
 * the others get the departments that every plan names for its level: the product's choice, as no plan speaks for
 * them. They have no demo logins.
 */
final class NationalDivisions {

  static final String FILE = "seeds/organisation/national/divisions.csv";
  static final String SOURCE = "国家统计局2023年统计用区划代码（seeds/organisation/national/divisions.csv）";

  /** The seven departments every plan names (see jurisdictions.yaml) at a province or a city. */
  static final List<String> PROVINCE_AND_CITY = List.of("miit", "ndrc", "energy", "eco", "samr", "emergency", "gov");
  /** A county's five departments with its government (Liaocheng 2025, 四(一)). */
  static final List<String> COUNTY = List.of("miit", "ndrc", "eco", "samr", "emergency", "gov");

  private NationalDivisions() {}

  static List<Jurisdiction> read(List<Jurisdiction> seeded) {
    Map<String, Jurisdiction> seeds = seeded.stream().collect(Collectors.toMap(Jurisdiction::code, Function.identity()));
    List<Jurisdiction> all = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          if (!line.equals("code,name,level,parent")) {
            throw new IllegalStateException(FILE + ": header code,name,level,parent expected, found " + line);
          }
          header = false;
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != 4 || !f[0].matches("\\d{6}")) {
          throw new IllegalStateException(FILE + ": not a division: " + line);
        }
        Jurisdiction seed = seeds.remove(f[0]);
        if (seed != null) {
          all.add(seed);
          continue;
        }
        Level level = Level.valueOf(f[2]);
        all.add(new Jurisdiction(f[0], f[1], null, level, f[3].isEmpty() ? null : f[3],
            level == Level.COUNTY ? COUNTY : PROVINCE_AND_CITY, SOURCE));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    if (!seeds.isEmpty()) {
      throw new IllegalStateException(FILE + " lacks the seeds' jurisdictions " + seeds.keySet());
    }
    return all;
  }
}
