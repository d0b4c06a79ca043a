package cn.capacityexit.registry;

import java.math.BigDecimal;

/** The body of POST /api/enterprises/{creditCode}/production-lines. */
public record ProductionLineInput(
    String name,
    String equipmentType,
    String specification,
    BigDecimal capacity,
    String capacityUnit,
    String catalogueRef,
    String status,
    String remark) {}
