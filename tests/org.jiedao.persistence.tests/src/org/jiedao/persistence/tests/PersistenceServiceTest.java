package org.jiedao.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.jiedao.core.persistence.DatabaseInfo;
import org.jiedao.core.persistence.DatabaseKind;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.Test;

/** The OSGi service as a module uses it: the database of the data folder (here the test's instance area). */
class PersistenceServiceTest {

    @Test
    void modulesWorkThroughTheServiceWithoutTouchingConnections() {
        PersistenceService service = Services.await(PersistenceService.class);

        Long id = service.transaction(em -> {
            SampleRecord record = new SampleRecord("桂花社区 创业驿站", "320508001", LocalDate.of(2018, 5, 1));
            em.persist(record);
            em.flush();
            return record.getId();
        });
        assertEquals("桂花社区 创业驿站", service.read(em -> em.find(SampleRecord.class, id)).getName());

        DatabaseInfo info = service.database();
        assertEquals(DatabaseKind.DERBY_EMBEDDED, info.kind());
        assertTrue(info.productVersion().startsWith("Apache Derby 10.16"), info.productVersion());
        assertTrue(info.entityClasses().contains(SampleRecord.class.getName()));
    }
}
