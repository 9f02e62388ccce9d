package org.jiedao.safety;

/**
 * The order of a page of premises ({@link SafetyPremisesRegistry#page(String, PremisesCategory, String, String, String, PremisesOrder, int, int)}):
 * by code or by name (then code), ascending or descending — the orders the database answers from an index.
 *
 * @since 1.2
 */
public enum PremisesOrder {
    CODE, CODE_DESCENDING, NAME, NAME_DESCENDING
}
