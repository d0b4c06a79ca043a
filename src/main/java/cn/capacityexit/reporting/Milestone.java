package cn.capacityexit.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A milestone of one jurisdiction's campaign in one year, with its statutory date.
 * {@code scope}: OWN (the level's departments), SELF (its lead department), CHILDREN (done by each
 * lower level in its own campaign; this level follows them).
 */
public record Milestone(String key, CalendarFile.Phase phase, CalendarFile.Kind kind, CalendarFile.Who scope, String name,
    LocalDate due, List<String> departments, boolean governmentApproval, Integer objectionWorkingDays, String document,
    String source) {}
