package org.example.volunteers;

import java.math.BigDecimal;

/** One volunteer's service in one community during a month. */
public record VolunteerHours(String volunteer, String organisation, String communityCode, String communityName, int events,
        BigDecimal hours) {
}
