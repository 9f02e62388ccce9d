package org.jiedao.eldercare.ui.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.Bookings;
import org.jiedao.eldercare.Bookings.Booking;
import org.jiedao.eldercare.Bookings.Service;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.ServiceKind;
import org.jiedao.ui.api.RecordsRefresh;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.FilterBar;
import org.jiedao.ui.widgets.ListRecordSource;
import org.jiedao.ui.widgets.RecordTable;

/**
 * 服务预约: a calendar of a community's service (助餐, 助浴, 日间照料, 阳光晾晒坊) for the month of the chosen
 * day — each day's bookings against its places, closed days marked, full days standing out — and the
 * bookings of the selected day with their attendance. Booking beyond the places or on a closed day is
 * refused by the service with its reason.
 */
public final class BookingsPart {

    static final String ID = "org.jiedao.eldercare.ui.part.bookings";
    static final String COMMUNITY = "community";
    static final String SERVICE = "service";
    static final String MONTH = "month";
    public static final String BOOK = "book";
    public static final String ATTENDED = "attended";
    public static final String CANCEL = "cancel";
    public static final String CLOSE_DAY = "closeDay";
    /** Keys of the tables' controls' data: the {@link RecordTable}s, for tests. */
    public static final String DAYS = "org.jiedao.eldercare.ui.days";
    public static final String BOOKINGS = "org.jiedao.eldercare.ui.bookings";
    public static final RGB FULL_BACKGROUND = new RGB(255, 228, 225);
    public static final RGB CLOSED_BACKGROUND = new RGB(230, 230, 230);

    /** A day of the calendar. */
    public record Day(LocalDate date, int booked, int attended, int capacity, boolean closed) {
        boolean full() {
            return !closed && capacity > 0 && booked >= capacity;
        }
    }

    private final Bookings bookings;
    private final ElderRegistry registry;
    private final OrgUnitService units;
    private final SecurityService security;
    private final Locale locale = Locale.getDefault();
    private FilterBar filters;
    private RecordTable<Day> days;
    private RecordTable<Booking> booked;
    private Label heading;
    private volatile String community;
    private List<OrgUnit> communities = List.of();
    private volatile ServiceKind kind = ServiceKind.MEAL;
    private volatile YearMonth month = YearMonth.now();
    private volatile LocalDate day;

    @Inject
    public BookingsPart(Bookings bookings, ElderRegistry registry, OrgUnitService units, SecurityService security) {
        this.bookings = bookings;
        this.registry = registry;
        this.units = units;
        this.security = security;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        communities = units.listInScope(OrgLevel.COMMUNITY);
        filters = new FilterBar(parent);
        Ui.communityFilter(filters, COMMUNITY, communities);
        filters.choice(SERVICE, Messages.Bookings_service, List.of(ServiceKind.values()), k -> k.displayName(locale))
                .text(MONTH, Messages.Bookings_month);
        filters.addChangeListener(this::refresh);
        filters.button(BOOK, Messages.Bookings_book, this::book);
        filters.button(ATTENDED, Messages.Bookings_attended, this::attended);
        filters.button(CANCEL, Messages.Bookings_cancel, this::cancel);
        filters.button(CLOSE_DAY, Messages.Bookings_closeDay, this::closeDay);
        ((Text) filters.control(MONTH)).setText(month.toString());
        heading = new Label(parent, SWT.NONE);
        heading.setText(" ");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        List<Column<Day>> dayColumns = List.of(
                Column.<Day>of("date", Messages.Bookings_date, Day::date).width(95),
                Column.<Day>of("weekday", Messages.Bookings_weekday, d -> d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale)).width(50),
                Column.<Day>of("booked", Messages.Bookings_booked, d -> d.closed() ? Messages.Bookings_closed
                        : d.booked() + " / " + d.capacity()).width(80).align(SWT.RIGHT),
                Column.<Day>of("attended", Messages.Bookings_attendedCount, d -> d.closed() ? "" : String.valueOf(d.attended())).width(60)
                        .align(SWT.RIGHT));
        days = new RecordTable<>(sash, dayColumns.stream().map(c -> c.unsortable().unfilterable()).toList(), 40);
        days.getControl().setData(DAYS, days);
        days.setRowBackground(d -> d.closed() ? CLOSED_BACKGROUND : d.full() ? FULL_BACKGROUND : null);
        days.setInput(new ListRecordSource<>(this::calendar, dayColumns));
        days.addSelectionListener(rows -> {
            day = rows.isEmpty() ? null : rows.get(0).date();
            booked.refresh();
        });
        List<Column<Booking>> bookingColumns = List.of(
                Column.<Booking>of("elder", Messages.Elders_name, Booking::elderName).width(100),
                Column.<Booking>of("elder_id", Messages.Courses_elderId, Booking::elderId).width(80).align(SWT.RIGHT),
                Column.<Booking>of("attended", Messages.Bookings_attended, b -> b.attended() ? Messages.Elders_yes : "").width(60));
        booked = new RecordTable<>(sash, bookingColumns);
        booked.getControl().setData(BOOKINGS, booked);
        booked.setInput(new ListRecordSource<>(() -> {
            LocalDate d = day;
            return d == null || community == null ? List.<Booking> of() : bookings.bookings(community, kind, d);
        }, bookingColumns));
        sash.setWeights(45, 55);
        if (!communities.isEmpty()) {
            Ui.selectCommunity(filters, COMMUNITY, communities, communities.get(0));
        }
        filters.select(SERVICE, ServiceKind.MEAL);
        refresh();
        RecordsRefresh.whenChanged(days.getControl(), this::refresh, "org.jiedao.eldercare");
    }

    /** The month's days of the chosen service with their bookings (read off the UI thread). */
    private List<Day> calendar() {
        String c = community;
        ServiceKind k = kind;
        YearMonth m = month;
        if (c == null || k == null || m == null) {
            return List.of();
        }
        Service service = bookings.services(c).stream().filter(s -> s.kind() == k).findFirst().orElse(null);
        if (service == null) {
            return List.of();
        }
        List<LocalDate> holidays = bookings.closedDays(c, k, m);
        List<Day> out = new ArrayList<>();
        for (LocalDate d = m.atDay(1); !d.isAfter(m.atEndOfMonth()); d = d.plusDays(1)) {
            boolean closed = service.closedWeekdays().contains(d.getDayOfWeek()) || holidays.contains(d);
            List<Booking> list = closed ? List.of() : bookings.bookings(c, k, d);
            out.add(new Day(d, list.size(), (int) list.stream().filter(Booking::attended).count(), service.capacity(), closed));
        }
        return out;
    }

    /** Reads the calendar and the selected day's bookings again, for the filters. */
    public void refresh() {
        OrgUnit unit;
        try {
            unit = Ui.community(filters, COMMUNITY, communities);
        } catch (org.jiedao.eldercare.EldercareException e) {
            heading.setText(e.getMessage());
            return;
        }
        community = unit == null ? null : unit.code();
        ServiceKind k = filters.choice(SERVICE);
        kind = k == null ? ServiceKind.MEAL : k;
        String text = filters.text(MONTH);
        YearMonth m = null;
        try {
            m = text == null ? YearMonth.now() : YearMonth.parse(text.length() > 7 ? text.substring(0, 7) : text);
        } catch (java.time.format.DateTimeParseException e) {
            m = null;
        }
        if (m == null) {
            heading.setText(NLS.bind(Messages.Bookings_badMonth, text));
            return;
        }
        month = m;
        Service service = community == null ? null : bookings.services(community).stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
        heading.setText(unit == null ? Messages.Bookings_chooseCommunity : service == null
                ? NLS.bind(Messages.Bookings_notOffered, unit.name(), kind.displayName(locale))
                : NLS.bind(Messages.Bookings_heading, new Object[] { unit.name(), kind.displayName(locale), service.capacity(),
                        service.closedWeekdays().stream().sorted().map(w -> w.getDisplayName(TextStyle.SHORT, locale)).collect(Collectors.joining("、")) }));
        days.refresh();
        booked.refresh();
    }

    private void book() {
        LocalDate d = day;
        if (d == null) {
            MessageDialog.openInformation(days.getControl().getShell(), Messages.Bookings_title, Messages.Bookings_selectDay);
            return;
        }
        String text = Ui.ask(days.getControl().getShell(), Messages.Bookings_book, NLS.bind(Messages.Bookings_bookPrompt, d), "");
        if (text != null) {
            Ui.guarded(days.getControl().getShell(), Messages.Bookings_title, () -> bookings.book(kind, Ui.elder(registry, text), d));
        }
    }

    /** Closes the service on the selected day (a holiday); bookings made for it stay. */
    private void closeDay() {
        LocalDate d = day;
        String c = community;
        if (d == null || c == null) {
            MessageDialog.openInformation(days.getControl().getShell(), Messages.Bookings_title, Messages.Bookings_selectDay);
            return;
        }
        String name = communities.stream().filter(u -> u.code().equals(c)).map(OrgUnit::name).findFirst().orElse(c);
        if (MessageDialog.openConfirm(days.getControl().getShell(), Messages.Bookings_closeDay, NLS.bind(Messages.Bookings_closeDayConfirm,
                new Object[] { name, kind.displayName(locale), d }))) {
            Ui.guarded(days.getControl().getShell(), Messages.Bookings_title, () -> bookings.closeDay(c, kind, d));
        }
    }

    private Booking selected() {
        List<Booking> chosen = booked.getSelection();
        if (chosen.isEmpty()) {
            MessageDialog.openInformation(days.getControl().getShell(), Messages.Bookings_title, Messages.Bookings_selectBooking);
            return null;
        }
        return chosen.get(0);
    }

    private void attended() {
        Booking b = selected();
        if (b != null) {
            Ui.guarded(days.getControl().getShell(), Messages.Bookings_title, () -> bookings.setAttended(b.id(), !b.attended()));
        }
    }

    private void cancel() {
        Booking b = selected();
        if (b != null && MessageDialog.openConfirm(days.getControl().getShell(), Messages.Bookings_cancel,
                NLS.bind(Messages.Bookings_cancelConfirm, b.elderName(), b.day()))) {
            Ui.guarded(days.getControl().getShell(), Messages.Bookings_title, () -> bookings.cancel(b.id()));
        }
    }

    /** @return the calendar (for tests) */
    public RecordTable<Day> days() {
        return days;
    }

    /** @return the selected day's bookings (for tests) */
    public RecordTable<Booking> bookings() {
        return booked;
    }

    /** @return the filter bar (for tests) */
    public FilterBar filters() {
        return filters;
    }

    @Focus
    public void focus() {
        days.getControl().setFocus();
    }
}
