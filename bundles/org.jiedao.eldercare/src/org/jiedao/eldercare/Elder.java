package org.jiedao.eldercare;

import java.time.LocalDate;

/**
 * An elder as lists show them. Without the permission {@code org.jiedao.eldercare.personal} for the
 * elder's community the ID number, name, phones and address come masked ({@link #personalVisible()} false).
 *
 * @param age the age in whole years on the reference day of the query
 */
public record Elder(long id, long version, String idNumber, String name, Sex sex, LocalDate birthDate, int age, String communityCode,
        String communityName, String building, String stair, String floor, String phone, boolean livingAlone, String category,
        String needs, String contactName, String contactPhone, boolean personalVisible) {

    /** @return building, unit and floor as officers write them: 12幢3单元4层 */
    public String address() {
        return address(building, stair, floor);
    }

    /** @return 12幢3单元4层 from its parts (a blank part is left out) */
    public static String address(String building, String stair, String floor) {
        StringBuilder b = new StringBuilder();
        if (building != null && !building.isBlank()) {
            b.append(building).append('幢');
        }
        if (stair != null && !stair.isBlank()) {
            b.append(stair).append("单元");
        }
        if (floor != null && !floor.isBlank()) {
            b.append(floor).append('层');
        }
        return b.toString();
    }
}
