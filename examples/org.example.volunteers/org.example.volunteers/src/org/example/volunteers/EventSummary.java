package org.example.volunteers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A community event with the number of volunteers who served and their hours in total. */
public record EventSummary(long id, LocalDate heldOn, String title, String place, String communityCode, String communityName,
        int volunteers, BigDecimal hours) {
}
