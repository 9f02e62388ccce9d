package org.jiedao.safety;

/**
 * A line of the hazard register 隐患台账: for a community or grid, the orders open at the end of the
 * period, those of them overdue, and those closed within the period.
 */
public record RegisterLine(String unitCode, String unitName, long open, long overdue, long closed) {
}
