package cn.capacityexit.events;

/** The case (ZG-…) or elimination (CF-…) an inspection's finding opened. */
public record InspectionReferred(String inspectionNumber, String referenceNumber) {}
