/**
 * Inspections that produce findings (issue 16): annual inspection plans per department and jurisdiction with the
 * enterprises they must cover, and the double-random draws (双随机、一公开) of enterprises and of two inspectors from
 * the department's own roster, reproducible from their recorded seed and published.
 */
package cn.capacityexit.inspection;
