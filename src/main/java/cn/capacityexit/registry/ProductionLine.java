package cn.capacityexit.registry;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A production line or piece of equipment with its capacity, status and the history of its status. */
public record ProductionLine(
    long id,
    String enterpriseCreditCode,
    String name,
    String equipmentType,
    String specification,
    BigDecimal capacity,
    String capacityUnit,
    String catalogueRef,
    LineStatus status,
    String statusName,
    String remark,
    OffsetDateTime createdAt,
    List<StatusChange> history) {

  ProductionLine withHistory(List<StatusChange> changes) {
    return new ProductionLine(id, enterpriseCreditCode, name, equipmentType, specification, capacity, capacityUnit,
        catalogueRef, status, statusName, remark, createdAt, changes);
  }
}
