package org.jiedao.safety;

/**
 * The answer to one checklist item in an inspection: pass, hazard (with its severity) or not applicable.
 *
 * @param item     the item's number in the template version
 * @param severity required for a hazard, null otherwise
 */
public record ItemAnswer(int item, CheckResult result, Severity severity, String note) {
}
