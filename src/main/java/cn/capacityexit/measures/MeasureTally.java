package cn.capacityexit.measures;

/**
 * The joint measures of one department and kind raised in a year, by where they stand: what the annual exit table and
 * reports count (综合施策、联合惩戒 beside the exits).
 */
public record MeasureTally(String departmentGroup, String departmentName, String measure, String title, long raised,
    long applied, long notApplicable, long lifted, long withdrawn, long open) {}
