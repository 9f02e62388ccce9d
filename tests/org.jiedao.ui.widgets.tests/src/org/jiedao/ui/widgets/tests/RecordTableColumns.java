package org.jiedao.ui.widgets.tests;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.swt.SWT;
import org.jiedao.ui.widgets.Column;

/** The columns of the case tables of the tests and of the table benchmark. */
public final class RecordTableColumns {

    private RecordTableColumns() {
    }

    public static List<Column<CaseRecord>> columns() {
        return List.of(
                Column.<CaseRecord>of("id", "编号", CaseRecord::getId).width(90).align(SWT.RIGHT),
                Column.<CaseRecord>of("title", "标题", CaseRecord::getTitle).width(220),
                Column.<CaseRecord>of("status", "状态", CaseRecord::getStatus).width(90).choices(CaseRows.STATUSES),
                Column.<CaseRecord>of("receivedOn", "受理日期", CaseRecord::getReceivedOn).width(110)
                        .format(d -> DateTimeFormatter.ISO_LOCAL_DATE.format((java.time.LocalDate) d)),
                Column.<CaseRecord>of("daysOpen", "已办天数", CaseRecord::getDaysOpen).width(80).align(SWT.RIGHT));
    }
}
