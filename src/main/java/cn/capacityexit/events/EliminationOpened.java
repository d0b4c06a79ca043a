package cn.capacityexit.events;

/** A line of an approved elimination plan went into elimination (or already was in one). */
public record EliminationOpened(String planNumber, long lineId, String eliminationNumber) {}
