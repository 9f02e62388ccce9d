package org.jiedao.incubation.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table INCUBATION_CONSULTATION: a consultation (咨询) at a guidance room. */
@Entity(name = "IncubationConsultation")
@Table(name = "INCUBATION_CONSULTATION")
public class ConsultationEntity extends ScopedVersionedEntity {

    @Column(name = "CONSULTED_ON", nullable = false)
    private LocalDate day;

    @Column(name = "TOPIC", length = 200, nullable = false)
    private String topic;

    @Column(name = "RESIDENT", length = 100)
    private String resident;

    @Column(name = "HANDLED_BY", length = 50)
    private String handledBy;

    public ConsultationEntity() {
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getResident() {
        return resident;
    }

    public void setResident(String resident) {
        this.resident = resident;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public void setHandledBy(String handledBy) {
        this.handledBy = handledBy;
    }
}
