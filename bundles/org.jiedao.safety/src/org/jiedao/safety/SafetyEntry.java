package org.jiedao.safety;

import java.time.LocalDate;

/** An entry as lists show it: in a community, on a day, with the version the user saw. */
public record SafetyEntry(long id, long version, LocalDate day, String title, String note, String communityCode, String communityName) {
}
