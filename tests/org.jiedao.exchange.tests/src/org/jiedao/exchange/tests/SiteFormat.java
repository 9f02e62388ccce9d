package org.jiedao.exchange.tests;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RowProblems;
import org.jiedao.testing.Services;

/**
 * A format whose rows belong to a unit that is no column of the file (as an appraisal score belongs
 * to its cadre's unit): the row names a site by its code, and the session tells the platform the
 * site's unit ({@link ImportSession#unit}), where the format's import permission must hold.
 */
public final class SiteFormat implements ImportableFormat {

    static final Column<String> TITLE = Column.text("title", "标题", 200).required();
    static final Column<String> SITE = Column.text("site", "地点编码", 32).required();
    static final Column<BigDecimal> AMOUNT = Column.decimal("amount", "金额", 2, null, null);

    @Override
    public List<Column<?>> columns() {
        return List.of(TITLE, SITE, AMOUNT);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        OrgUnitService units = Services.await(OrgUnitService.class);
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                if (units.find(record.get(SITE)).isEmpty()) {
                    problems.reject(SITE, "no site " + record.get(SITE));
                }
            }

            @Override
            public Optional<OrgUnit> unit(Record record) {
                return units.find(record.get(SITE));
            }

            @Override
            public void write(Record record, jakarta.persistence.EntityManager em) {
                SampleRecord sample = new SampleRecord(record.get(TITLE), null, record.get(AMOUNT), null, null);
                sample.setUnit(units.find(record.get(SITE)).orElseThrow());
                em.persist(sample);
            }
        };
    }
}
