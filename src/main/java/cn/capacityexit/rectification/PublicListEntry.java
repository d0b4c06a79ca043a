package cn.capacityexit.rectification;

import java.time.LocalDate;

/**
 * One line of the public yellow list (限期整改企业名单, 黄牌) or red list (经整改仍不达标、已依法关闭的
 * 企业名单, 红牌), as the departments publish them (威工信字〔2021〕63号; 广东省2023年方案 三(四)).
 */
public record PublicListEntry(
    String caseNumber,
    String enterpriseName,
    String creditCode,
    String jurisdiction,
    String jurisdictionName,
    String dimension,
    String dimensionName,
    String reason,
    LocalDate deadline,
    LocalDate closureDate,
    String legalBasis) {}
