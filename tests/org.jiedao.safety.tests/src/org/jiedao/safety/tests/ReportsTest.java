package org.jiedao.safety.tests;

import static org.jiedao.safety.tests.Fixture.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportException;
import org.jiedao.reports.ReportService;
import org.jiedao.safety.internal.contrib.SafetyDemoData;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rectification notice and the hazard register through the platform's report service, as PDF with Chinese text. */
class ReportsTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void organisation() {
        Locale.setDefault(Locale.ENGLISH);
        Fixture.organisation();
    }

    /** @return the document's text, block by block */
    static String text(ReportDocument doc) {
        StringBuilder out = new StringBuilder(doc.title());
        for (ReportDocument.Block b : doc.blocks()) {
            if (b instanceof ReportDocument.Heading h) {
                out.append('\n').append(h.text());
            } else if (b instanceof ReportDocument.Paragraph p) {
                out.append('\n').append(p.text());
            } else if (b instanceof ReportDocument.KeyValues kv) {
                kv.entries().forEach(e -> out.append('\n').append(e.label()).append(": ").append(e.value()));
            } else if (b instanceof ReportDocument.Table t) {
                t.rows().forEach(r -> out.append('\n').append(String.join(" | ", r)));
            }
        }
        return out.toString();
    }

    @Test
    void theNoticeAndTheRegisterArePrintable() throws Exception {
        Fixture.clean();
        Contributions.create(SafetyDemoData.class).load(Locale.CHINA);
        signIn("worker-s");
        ReportService reports = Services.await(ReportService.class);
        ReportDocument notice = reports.build("org.jiedao.safety.rectification-notice", Map.of("order", "ZG-HC-CZ-001-1"), Locale.CHINA);
        assertEquals("消防安全隐患整改通知单", notice.title(), "the request's language (Chinese) in an English JVM");
        String all = text(notice);
        assertTrue(all.contains("华辰嘉园 3 幢 402 出租房") && all.contains("13962100001") && all.contains("一般隐患") && all.contains("7 严禁"), all);
        Path pdf = dir.resolve("notice.pdf");
        reports.writePdf(reports.layout(notice), pdf);
        assertEquals("%PDF-", new String(Arrays.copyOf(Files.readAllBytes(pdf), 5), StandardCharsets.US_ASCII));
        assertThrows(ReportException.class, () -> reports.build("org.jiedao.safety.rectification-notice", Map.of("order", "ZG-none"), Locale.CHINA));

        ReportDocument register = reports.build("org.jiedao.safety.hazard-register", Map.of("community", Fixture.HUACHEN), Locale.CHINA);
        assertEquals("隐患台账", register.title());
        assertTrue(text(register).contains("ZG-HC-CZ-001-1"), text(register));
        reports.writePdf(reports.layout(register), dir.resolve("register.pdf"));
        ReportDocument english = reports.build("org.jiedao.safety.hazard-register", Map.of("community", Fixture.HUACHEN), Locale.ENGLISH);
        assertEquals("Hazard register", english.title(), "the same report asked for in English");
        assertTrue(text(english).contains("Overdue") || text(english).contains("overdue"), text(english));

        signIn("admin-s");
        List<PersonalDataLog.Read> reads = Services.await(PersonalDataLog.class).reads("org.jiedao.safety", "premises", "HC-CZ-001", 0);
        assertTrue(reads.stream().anyMatch(r -> r.readBy().equals("worker-s")), "the notice's clear owner and phone are a logged read: " + reads);
    }
}
