package cn.capacityexit.licences;

import java.time.LocalDate;

/** A licence a department issued (许可登记). */
public record Licence(
    long id,
    String creditCode,
    String enterpriseName,
    String jurisdiction,
    String jurisdictionName,
    String licenceType,
    String licenceTypeName,
    String licenceNumber,
    String issuingGroup,
    String issuingAuthority,
    String status,
    LocalDate issuedOn,
    LocalDate validUntil,
    LocalDate endedOn,
    String endedReference,
    String endedDocument) {

  /** The holders of a licence type published for a province, with the clause that orders it. */
  public record Holders(String jurisdiction, String jurisdictionName, boolean published, String legalBasis, java.util.List<Licence> holders) {}
}
