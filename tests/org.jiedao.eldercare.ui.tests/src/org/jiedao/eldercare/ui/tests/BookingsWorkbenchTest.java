package org.jiedao.eldercare.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.Bookings;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.NewElder;
import org.jiedao.eldercare.ServiceKind;
import org.jiedao.eldercare.ui.internal.BookingsPart;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.testing.WorkbenchRunner;
import org.jiedao.ui.widgets.RecordTable;
import org.junit.jupiter.api.Test;

/**
 * 服务预约 in the real workbench, in Chinese, with real clicks and keys: a community worker books the meal service's two
 * places of a day for two elders, the third booking is refused with the reason shown and the day turns red; she closes
 * another day as a holiday (a date, not a weekday), which turns grey, and a booking on it is refused with its reason.
 */
class BookingsWorkbenchTest {

    private static final String PASSWORD = "Jinxiang-Zhucan-2021!";

    @Test
    void bookingsStayWithinThePlacesAndOffAClosedDay() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        ElderRegistry registry = Services.await(ElderRegistry.class);
        Bookings bookings = Services.await(Bookings.class);
        security.signOut();
        if (units.find("M").isEmpty()) {
            units.create("M", "姑苏区", OrgLevel.DISTRICT, null);
            units.create("M-2", "金阊街道", OrgLevel.STREET, "M");
            units.create("M-2-1", "三元一村社区", OrgLevel.COMMUNITY, "M-2");
            security.createUser("meals", "三元一村社区工作者", Role.COMMUNITY_WORKER, "M-2-1", PASSWORD.toCharArray());
        }
        security.signIn("meals", PASSWORD.toCharArray());
        bookings.defineService("M-2-1", ServiceKind.MEAL, 2, Set.of(DayOfWeek.SUNDAY));
        LocalDate birth = LocalDate.now().minusYears(78).minusDays(5);
        String[] numbers = { ElderRegistryWorkbenchTest.number(birth, 91), ElderRegistryWorkbenchTest.number(birth, 93),
                ElderRegistryWorkbenchTest.number(birth, 95) };
        long[] elders = new long[3];
        String[] names = { "许阿婆", "钱老伯", "孙阿姨" };
        for (int i = 0; i < 3; i++) {
            elders[i] = registry.register(new NewElder(numbers[i], names[i], "M-2-1", "3", "1", String.valueOf(i + 1), null, false, null, null, null,
                    null));
        }
        security.signOut();
        YearMonth month = YearMonth.now().plusMonths(1);
        LocalDate monday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate holiday = monday.plusDays(2); // a Wednesday

        AtomicBoolean done = new AtomicBoolean();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("meals", PASSWORD);
            driver.selectMenu(window, "为老服务", "服务预约");
            RecordTable<BookingsPart.Day> days = SchoolAndPairsWorkbenchTest.table(driver, window, BookingsPart.DAYS);
            RecordTable<Bookings.Booking> booked = SchoolAndPairsWorkbenchTest.table(driver, window, BookingsPart.BOOKINGS);
            // next month, typed into the month field
            Text monthField = driver.onUi(() -> SwtDriver.find(window, Text.class, t -> t.getText().equals(YearMonth.now().toString())));
            driver.click(monthField);
            driver.onUi(() -> monthField.selectAll());
            driver.type(month.toString());
            driver.press(SWT.CR); // the filter asks on Enter
            driver.waitUntil("the calendar of " + month + " (the field: " + driver.onUi(() -> monthField.getText()) + ")", () -> !days.isLoading() && days.getRowCount() == month.lengthOfMonth()
                    && days.getRow(0).date().equals(month.atDay(1)));
            assertEquals("0 / 2", driver.onUi(() -> days.getText(monday.getDayOfMonth() - 1, 2)));

            SchoolAndPairsWorkbenchTest.select(driver, days, monday.getDayOfMonth() - 1);
            book(driver, window, numbers[0]);
            driver.waitUntil("the first booking", () -> !booked.isLoading() && booked.getRowCount() == 1);
            book(driver, window, String.valueOf(elders[1]));
            driver.waitUntil("the second booking: the day is full", () -> !booked.isLoading() && booked.getRowCount() == 2 && !days.isLoading()
                    && days.getText(monday.getDayOfMonth() - 1, 2).equals("2 / 2"));
            driver.onUi(() -> assertEquals(BookingsPart.FULL_BACKGROUND, days.getRowBackground(monday.getDayOfMonth() - 1), "a full day in red"));
            assertEquals(List.of("许阿婆", "钱老伯"), SchoolAndPairsWorkbenchTest.texts(driver, booked, 0));

            // a third elder: refused, with the reason
            SchoolAndPairsWorkbenchTest.select(driver, days, monday.getDayOfMonth() - 1);
            book(driver, window, numbers[2]);
            String full = refusal(driver);
            assertEquals(monday + " 的助餐已满:共 2 个名额。", full);
            assertEquals(2, driver.onUi(() -> booked.getRowCount()), "nothing booked by the refusal");

            // a holiday closed on a date, then a booking on it refused
            SchoolAndPairsWorkbenchTest.select(driver, days, holiday.getDayOfMonth() - 1);
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, BookingsPart.CLOSE_DAY)));
            Shell confirm = driver.waitForShell("设为休息日…");
            assertTrue(driver.onUi(() -> SwtDriver.findAll(confirm, Label.class, l -> l.getText().contains(holiday.toString())).size()) == 1,
                    "the confirmation names the day");
            driver.click(driver.onUi(() -> SwtDriver.find(confirm, Button.class, b -> b.getText().equals("确定"))));
            driver.waitForClosed(confirm);
            driver.waitUntil("the holiday in grey", () -> !days.isLoading() && days.getText(holiday.getDayOfMonth() - 1, 2).equals("休息"));
            driver.onUi(() -> assertEquals(BookingsPart.CLOSED_BACKGROUND, days.getRowBackground(holiday.getDayOfMonth() - 1)));
            SchoolAndPairsWorkbenchTest.select(driver, days, holiday.getDayOfMonth() - 1);
            book(driver, window, numbers[2]);
            String closed = refusal(driver);
            assertEquals("助餐 在 " + holiday + " 不开放。", closed);
            driver.screenshot("eldercare-bookings");
            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench to close", window::isDisposed);
            done.set(true);
        });
        assertTrue(done.get());
        security.signIn("meals", PASSWORD.toCharArray());
        assertEquals(List.of(elders[0], elders[1]), bookings.bookings("M-2-1", ServiceKind.MEAL, monday).stream().map(Bookings.Booking::elderId).toList());
        assertTrue(bookings.bookings("M-2-1", ServiceKind.MEAL, holiday).isEmpty());
        assertEquals(List.of(holiday), bookings.closedDays("M-2-1", ServiceKind.MEAL, month));
        security.signOut();
    }

    /** Clicks 预约…, types the elder into the dialog with real keys and confirms it. */
    private static void book(SwtDriver driver, Shell window, String elder) {
        driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, BookingsPart.BOOK)));
        Shell ask = driver.waitForShell("预约…");
        Text field = driver.onUi(() -> SwtDriver.find(ask, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0));
        driver.click(field);
        driver.type(elder);
        driver.waitUntil("the elder typed", () -> driver.onUi(() -> field.getText()).equals(elder));
        driver.click(driver.onUi(() -> SwtDriver.find(ask, Button.class, b -> b.getText().equals("确定"))));
        driver.waitForClosed(ask);
    }

    /** @return the message of the refusal shown, after closing it */
    private static String refusal(SwtDriver driver) {
        Shell error = driver.waitForShell("服务预约");
        String text = driver.onUi(() -> SwtDriver.findAll(error, Label.class, l -> !l.getText().isBlank()).stream().map(Label::getText)
                .reduce("", String::concat));
        driver.click(driver.onUi(() -> SwtDriver.find(error, Button.class, b -> b.getText().equals("确定"))));
        driver.waitForClosed(error);
        return text;
    }
}
