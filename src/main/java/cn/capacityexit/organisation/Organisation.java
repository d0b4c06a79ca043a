package cn.capacityexit.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The jurisdictions and departments of the seeds, read once at start-up. Immutable; the question
 * "who supervises whom" is answered here and nowhere else.
 */
public class Organisation {

  private final Map<String, Jurisdiction> jurisdictions = new LinkedHashMap<>();
  private final Map<String, Department> departments = new LinkedHashMap<>();
  /** Each jurisdiction's children in the seeds' order: the national dataset has 3,206 jurisdictions. */
  private final Map<String, List<Jurisdiction>> children = new java.util.HashMap<>();

  public Organisation(Collection<Jurisdiction> jurisdictions, Collection<Department> departments) {
    departments.forEach(d -> this.departments.put(d.code(), d));
    for (Jurisdiction j : jurisdictions) {
      if (j.parent() != null && !this.jurisdictions.containsKey(j.parent())) {
        throw new IllegalArgumentException(
            "jurisdiction " + j.code() + " names parent " + j.parent() + ", which is not listed before it");
      }
      for (String d : j.departments()) {
        if (!this.departments.containsKey(d)) {
          throw new IllegalArgumentException("jurisdiction " + j.code() + " names unknown department " + d);
        }
      }
      if (this.jurisdictions.put(j.code(), j) != null) {
        throw new IllegalArgumentException("jurisdiction " + j.code() + " is listed twice");
      }
      if (j.parent() != null) {
        children.computeIfAbsent(j.parent(), k -> new ArrayList<>()).add(j);
      }
    }
  }

  public Collection<Jurisdiction> jurisdictions() {
    return jurisdictions.values();
  }

  public Optional<Jurisdiction> jurisdiction(String code) {
    return Optional.ofNullable(code == null ? null : jurisdictions.get(code));
  }

  public Department department(String code) {
    Department d = departments.get(code);
    if (d == null) {
      throw new IllegalArgumentException("unknown department " + code);
    }
    return d;
  }

  public List<Jurisdiction> children(String code) {
    return children.getOrDefault(code, List.of());
  }

  /** The jurisdiction itself and every jurisdiction below it, top down. */
  public List<Jurisdiction> selfAndDescendants(String code) {
    List<Jurisdiction> result = new ArrayList<>();
    jurisdiction(code).ifPresent(result::add);
    for (int i = 0; i < result.size(); i++) {
      result.addAll(children(result.get(i).code()));
    }
    return result;
  }

  /** The province a jurisdiction belongs to (itself for a province). */
  /** The inputs every decision table takes about a jurisdiction: its province and (if any) its city. */
  public Map<String, Object> decisionLevels(String jurisdiction) {
    String city = null;
    for (Jurisdiction j = jurisdiction(jurisdiction).orElseThrow(); j != null; j = parentOf(j.code()).orElse(null)) {
      if (j.level() == Level.CITY) {
        city = j.code();
      }
    }
    Map<String, Object> in = new java.util.HashMap<>();
    in.put("provinceCode", provinceOf(jurisdiction).code());
    in.put("cityCode", city);
    return in;
  }

  public Jurisdiction provinceOf(String code) {
    Jurisdiction j = jurisdiction(code).orElseThrow(() -> new IllegalArgumentException("unknown jurisdiction " + code));
    while (j.parent() != null) {
      j = jurisdictions.get(j.parent());
    }
    return j;
  }

  /** The city a county belongs to; a city or a province itself (the "government with approval power" of a county's case). */
  public Jurisdiction cityOrSelf(String code) {
    Jurisdiction j = jurisdiction(code).orElseThrow(() -> new IllegalArgumentException("unknown jurisdiction " + code));
    return j.level() == Level.COUNTY ? parentOf(code).orElse(j) : j;
  }

  /**
   * The jurisdiction itself if it has the department, else the nearest level above that has it (a city without a
   * people's bank branch in the organisation: the province); empty where no level has it.
   */
  public Optional<Jurisdiction> nearestWith(String department, String code) {
    for (Optional<Jurisdiction> j = jurisdiction(code); j.isPresent(); j = parentOf(j.get().code())) {
      if (j.get().departments().contains(department)) {
        return j;
      }
    }
    return Optional.empty();
  }

  /** The supervising level of a jurisdiction, empty for a province. */
  public Optional<Jurisdiction> parentOf(String code) {
    return jurisdiction(code).map(Jurisdiction::parent).flatMap(this::jurisdiction);
  }

  /** The full name of a department group ({@code miit-371521}: 阳谷县工业和信息化局), or the id itself when it is none. */
  public String groupName(String groupId) {
    int dash = groupId.indexOf('-');
    if (dash > 0) {
      Department d = departments.get(groupId.substring(0, dash));
      Jurisdiction j = jurisdictions.get(groupId.substring(dash + 1));
      if (d != null && j != null && d.name().containsKey(j.level())) {
        return d.nameIn(j);
      }
    }
    return groupId;
  }
}
