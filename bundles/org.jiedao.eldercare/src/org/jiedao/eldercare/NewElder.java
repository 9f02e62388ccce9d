package org.jiedao.eldercare;

/**
 * An elder to register, as a form or a sheet row gives it. The ID number, the phone numbers and the
 * address (building, unit, floor) are personal data.
 *
 * @param idNumber     resident ID number, 18 characters (or an old 15-character one, converted)
 * @param community    code or name of a community in the user's scope
 * @param building     building (幢), e.g. "12"
 * @param stair        unit (单元, the stairwell), e.g. "3"
 * @param floor        floor, e.g. "4"
 * @param category     elder category from the configured list (特困, 低保, 失能, 独居, 空巢 …), or null
 */
public record NewElder(String idNumber, String name, String community, String building, String stair, String floor, String phone,
        boolean livingAlone, String category, String needs, String contactName, String contactPhone) {
}
