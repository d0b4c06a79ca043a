package cn.capacityexit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.capacityexit.organisation.OrganisationConfiguration;
import cn.capacityexit.security.Caller;
import cn.capacityexit.web.InvalidInputException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The import's checks without a database: every bad row reported, the registry asked once, not once per row. */
class RegistryImportTest {

  private final RegistryRepository repository = mock(RegistryRepository.class);
  private final RegistryService registry =
      new RegistryService(repository, new OrganisationConfiguration().organisation("seeds"), Clock.systemUTC());
  private final Caller jining = new Caller("jining-miit", Set.of("370800"), false);

  private static String code(int n) {
    String first17 = "91370800" + String.format("%09d", 600000000 + n);
    return first17 + CreditCode.checkCharacter(first17);
  }

  @Test
  void fiftyThousandBadRowsAreEachReportedWithOneLookupOfTheRegisteredCodes() {
    when(repository.existing(anyCollection())).thenReturn(Set.of(code(1)));
    List<EnterpriseInput> rows = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      rows.add(new EnterpriseInput(code(i % 25_000), "", "370800", "BAKERY", null));
    }
    assertThatThrownBy(() -> registry.importAll(jining, rows)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.problems()).filteredOn(p -> p.field().equals("sector")).hasSize(50_000);
      assertThat(e.problems()).filteredOn(p -> p.reason().equals("文件中重复出现")).hasSize(25_000);
      assertThat(e.problems()).filteredOn(p -> p.reason().equals("该统一社会信用代码已登记"))
          .singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(2));
      assertThat(e.problems().get(e.problems().size() - 1).row()).isEqualTo(50_000);
      assertThat(e.getMessage()).endsWith("(" + e.problems().size() + " problems)");
    });
    verify(repository, times(1)).existing(anyCollection());
    verify(repository, never()).exists(anyString());
  }

  @Test
  void goodRowsAreWrittenAfterOneLookup() {
    when(repository.existing(anyCollection())).thenReturn(Set.of());
    assertThat(registry.importAll(jining, List.of(new EnterpriseInput(code(1), "甲", "370800", "STEEL", null),
        new EnterpriseInput(code(2), "乙", "370800", "水泥", "济宁")))).isEqualTo(2);
    verify(repository, times(2)).insert(anyString(), anyString(), anyString(), any(), any(), anyString(), any());
    verify(repository, never()).exists(anyString());
  }
}
