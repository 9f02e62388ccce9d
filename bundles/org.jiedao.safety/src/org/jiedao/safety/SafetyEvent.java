package org.jiedao.safety;

import java.time.LocalDate;
import java.util.List;

/** A safety event: contest, lecture or drill, with its organisers, participating organisations and attendance. */
public record SafetyEvent(long id, String code, EventKind kind, String title, LocalDate heldOn, String communityCode, String communityName,
        String place, String organisers, Integer attendance, String note, List<Participant> participants) {
}
