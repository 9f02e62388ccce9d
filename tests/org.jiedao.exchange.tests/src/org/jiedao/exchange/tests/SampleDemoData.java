package org.jiedao.exchange.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.jiedao.core.modules.DemoDataProvider;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.testing.Services;

/** The test module's demo data: three sample records in 华辰嘉园社区. */
public final class SampleDemoData implements DemoDataProvider {

    @Override
    public String load(Locale locale) {
        OrgUnitService units = Services.await(OrgUnitService.class);
        Services.await(PersistenceService.class).transaction(em -> {
            for (int i = 1; i <= 3; i++) {
                SampleRecord record = new SampleRecord("演示记录 " + i, LocalDate.of(2021, 6, i), new BigDecimal("1.50"), i,
                        SampleKind.SUGGESTION);
                record.setUnit(units.find("X-1-1").orElseThrow());
                em.persist(record);
            }
            return null;
        });
        return "zh".equals(locale.getLanguage()) ? "3 条样例记录" : "3 sample records";
    }
}
