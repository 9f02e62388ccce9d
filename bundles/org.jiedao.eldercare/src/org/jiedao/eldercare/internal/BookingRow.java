package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table ELDERCARE_BOOKING: a booking of an elder for a service on a day. */
@SuppressWarnings("unused")
@Entity(name = "EldercareBooking")
@Table(name = "ELDERCARE_BOOKING")
public class BookingRow extends ScopedVersionedEntity {

    @Column(name = "SERVICE_ID", nullable = false)
    long serviceId;

    @Column(name = "ELDER_ID", nullable = false)
    long elderId;

    @Column(name = "BOOKED_ON", nullable = false)
    LocalDate day;

    @Column(name = "ATTENDED", nullable = false)
    boolean attended;

    public void setAttended(boolean attended) {
        this.attended = attended;
    }

    public BookingRow() {
    }
}
