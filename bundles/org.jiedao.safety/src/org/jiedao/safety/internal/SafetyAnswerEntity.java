package org.jiedao.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table SAFETY_ANSWER: a team's answer to a contest question (one per team and question). Fields are package-visible for the module's services (public for its tests and contributions). */
@Entity(name = "SafetyAnswer")
@Table(name = "SAFETY_ANSWER")
public class SafetyAnswerEntity extends ScopedVersionedEntity {

    @Column(name = "EVENT_ID", nullable = false) public long eventId;
    @Column(name = "TEAM_ID", nullable = false) public long teamId;
    @Column(name = "ROUND_NO", nullable = false) public int round;
    @Column(name = "QUESTION_NO", nullable = false) public int question;
    @Column(name = "KIND", nullable = false, length = 8) public String kind;
    @Column(name = "POINT_VALUE", nullable = false) public int pointValue;
    @Column(name = "CORRECT", nullable = false) public boolean correct;
    @Column(name = "SECONDS", nullable = false) public int seconds;

    public SafetyAnswerEntity() {
    }
}
