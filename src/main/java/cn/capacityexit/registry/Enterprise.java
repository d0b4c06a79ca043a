package cn.capacityexit.registry;

import java.time.OffsetDateTime;

/** An enterprise of the registry, identified by its unified social credit code. */
public record Enterprise(
    String creditCode,
    String name,
    String jurisdiction,
    String jurisdictionName,
    Sector sector,
    String sectorName,
    String address,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy,
    OffsetDateTime closedAt) {}
