package org.jiedao.eldercare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/** The service centre's services and their bookings (an OSGi service): within capacity, never on a closed day. */
public interface Bookings {

    /** A service of a community: places per day and the weekdays it is closed. */
    record Service(String communityCode, ServiceKind kind, int capacity, Set<DayOfWeek> closedWeekdays) {
    }

    /** The use of a service in a month. */
    record MonthlyUse(ServiceKind kind, YearMonth month, long bookings, long attended) {
    }

    /** A booking. */
    record Booking(long id, ServiceKind kind, long elderId, String elderName, LocalDate day, boolean attended) {
    }

    /** Defines or changes a community's service. */
    void defineService(String community, ServiceKind kind, int capacity, Set<DayOfWeek> closedWeekdays);

    List<Service> services(String community);

    /** Closes a service on a day (a holiday); bookings made before stay and are listed. */
    void closeDay(String community, ServiceKind kind, LocalDate day);

    /**
     * @return the days of a month the community's service is closed on besides its closed weekdays (holidays closed by
     *         {@link #closeDay}), in order; none when the service is not offered
     * @since 1.2
     */
    List<LocalDate> closedDays(String community, ServiceKind kind, java.time.YearMonth month);

    /**
     * Books a place for an elder in their community's service.
     *
     * @throws EldercareException when the service is full that day, closed, not offered, or the elder is booked already
     */
    long book(ServiceKind kind, long elderId, LocalDate day);

    void setAttended(long bookingId, boolean attended);

    void cancel(long bookingId);

    List<Booking> bookings(String community, ServiceKind kind, LocalDate day);

    /** @return per service, the bookings and attendances of the month */
    List<MonthlyUse> monthly(String community, YearMonth month);
}
