package cn.capacityexit.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.capacityexit.demo.DemoData;
import cn.capacityexit.registry.Sector;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrganisationTest {

  private final Organisation organisation = new OrganisationConfiguration().organisation("seeds");

  @Test
  void holdsTheSeedJurisdictionsWithTheirDivisionCodes() {
    assertThat(organisation.jurisdictions()).extracting(Jurisdiction::code)
        .contains("370000", "370800", "371000", "371500", "371502", "371521", "371581", "440000", "440100", "440600");
    assertThat(organisation.jurisdiction("371502")).get().extracting(Jurisdiction::name).isEqualTo("东昌府区");
  }

  @Test
  void theNationalDatasetHoldsEveryDivisionOfMainlandChinaAndKeepsTheSeedsJurisdictions() {
    Organisation national = new OrganisationConfiguration().organisation("national");
    var levels = national.jurisdictions().stream().collect(Collectors.groupingBy(Jurisdiction::level, Collectors.counting()));
    assertThat(levels).containsEntry(Level.PROVINCE, 31L).containsEntry(Level.CITY, 333L).containsEntry(Level.COUNTY, 2842L);
    assertThat(national.children("370000")).hasSize(16);
    // A municipality's districts hang from it; a seed jurisdiction keeps its plan's departments and demo logins.
    assertThat(national.parentOf("110105")).get().extracting(Jurisdiction::name).isEqualTo("北京市");
    assertThat(national.jurisdiction("370800").orElseThrow().slug()).isEqualTo("jining");
    assertThat(national.jurisdiction("370800").orElseThrow().departments()).contains("pboc", "nfra");
    Jurisdiction changan = national.jurisdiction("130102").orElseThrow();
    assertThat(changan.name()).isEqualTo("长安区");
    assertThat(changan.slug()).as("no demo logins outside the seeds").isNull();
    assertThat(changan.departments()).containsExactly("miit", "ndrc", "eco", "samr", "emergency", "gov");
    assertThat(national.provinceOf("130102").name()).isEqualTo("河北省");
    assertThat(national.selfAndDescendants("440000")).extracting(Jurisdiction::code).contains("440100", "440600", "441900");
  }

  @Test
  void aProvinceSupervisesItsCitiesAndTheirCounties() {
    assertThat(organisation.selfAndDescendants("370000")).extracting(Jurisdiction::code)
        .contains("370000", "370800", "371000", "371500", "371502", "371581")
        .doesNotContain("440000", "440100");
    assertThat(organisation.provinceOf("371581").code()).isEqualTo("370000");
    assertThat(organisation.parentOf("371581")).get().extracting(Jurisdiction::code).isEqualTo("371500");
    assertThat(organisation.parentOf("440000")).isEmpty();
  }

  @Test
  void aDepartmentMissingAtALevelIsFoundAtTheNearestLevelAbove() {
    assertThat(organisation.nearestWith("ndrc", "371521").orElseThrow().code()).isEqualTo("371521");
    assertThat(organisation.nearestWith("pboc", "371521").orElseThrow().code()).as("a Liaocheng county: the province's").isEqualTo("370000");
    assertThat(organisation.nearestWith("pboc", "370800").orElseThrow().code()).isEqualTo("370800");
    assertThat(organisation.nearestWith("water", "371000")).as("neither Weihai nor Shandong has a water department").isEmpty();
  }

  @Test
  void everyJurisdictionHasTheApprovingGovernmentAndTheLeadDepartments() {
    for (Jurisdiction j : organisation.jurisdictions()) {
      assertThat(j.departments()).as(j.name()).contains("miit", "ndrc", "eco", "samr", "emergency", "gov");
    }
    assertThat(organisation.department("gov").nameIn(organisation.jurisdiction("370800").orElseThrow()))
        .isEqualTo("济宁市人民政府");
    assertThat(organisation.department("miit").nameIn(organisation.jurisdiction("370000").orElseThrow()))
        .isEqualTo("山东省工业和信息化厅");
  }

  @Test
  void departmentGroupsAreNamedAsTheOfficeIsCalled() {
    assertThat(organisation.groupName("miit-371521")).isEqualTo("阳谷县工业和信息化局");
    assertThat(organisation.groupName("miit-370000")).isEqualTo("山东省工业和信息化厅");
    assertThat(organisation.groupName("managers")).isEqualTo("managers");
    assertThat(organisation.groupName("miit-999999")).isEqualTo("miit-999999");
  }

  @Test
  void demoEnterprisesCoverTheSeedJurisdictionsSectorsAndShandongExitThresholds() {
    var enterprises = DemoData.enterprises();
    assertThat(enterprises).hasSizeGreaterThanOrEqualTo(30);
    assertThat(enterprises.stream().map(e -> organisation.provinceOf(e.jurisdiction()).code()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("370000", "440000");
    assertThat(enterprises.stream().map(e -> Sector.parse(e.sector()).orElseThrow()).collect(Collectors.toSet()))
        .hasSizeGreaterThanOrEqualTo(14);
    var lines = enterprises.stream().flatMap(e -> e.lines().stream().map(l -> new Object[] {e.sector(), l})).toList();
    // Independent coking under 1 Mt/year, and one above it.
    assertThat(enterprises).filteredOn(e -> e.sector().equals("COKING"))
        .anySatisfy(e -> assertThat(total(e)).isLessThan(new BigDecimal("100")))
        .anySatisfy(e -> assertThat(total(e)).isGreaterThanOrEqualTo(new BigDecimal("100")));
    // Cement clinker under and at 2,500 t/day; mills of 3.2 m.
    assertThat(enterprises).flatExtracting(e -> e.lines()).filteredOn(l -> "吨/日".equals(l.capacityUnit())
            && l.equipmentType().contains("熟料"))
        .extracting(l -> l.capacity().intValue()).contains(2000, 2500);
    assertThat(enterprises).flatExtracting(e -> e.lines()).extracting(l -> String.valueOf(l.specification()))
        .contains("直径3.2米");
    assertThat(lines).isNotEmpty();
    assertThat(enterprises).filteredOn(e -> e.sector().equals("TYRES")).hasSizeGreaterThanOrEqualTo(2);
  }

  private static BigDecimal total(cn.capacityexit.demo.DemoEnterprises.DemoEnterprise e) {
    return e.lines().stream().map(l -> l.capacity()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
