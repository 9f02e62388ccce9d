package org.jiedao.safety;

/** The result of an item in a recorded inspection, with the item's text as the template version had it. */
public record Finding(long id, int item, String itemText, boolean sample, CheckResult result, Severity severity, String note, int photos) {
}
