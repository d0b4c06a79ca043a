package cn.capacityexit.rectification;

import java.util.List;

/** The body of POST /api/cases, or the fields of the Tasklist start form. */
public record CaseInput(
    String enterpriseCreditCode,
    String dimension,
    String findingDate,
    String description,
    List<Long> productionLineIds,
    String severity,
    String violation) {}
