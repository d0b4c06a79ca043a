package cn.capacityexit.events;

import java.time.LocalDate;

/**
 * An inspection found a problem (inspection-finding.dmn): the rectification case ({@code route} RECTIFICATION) or the
 * elimination of the line (ELIMINATION) opens with the inspection as its evidence, without retyping.
 *
 * @param inspectionNumber the inspection (JC-…), the evidence
 * @param lineId the line inspected, or null when the finding concerns the enterprise
 * @param catalogueItem the catalogue's eliminate item the line falls under (ELIMINATION only)
 */
public record InspectionFound(String inspectionNumber, String creditCode, String dimension, String severity, String route,
    LocalDate inspectedOn, String description, Long lineId, String catalogueItem) {}
