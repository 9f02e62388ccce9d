package org.jiedao.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.persistence.RecordsChanged;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The records-changed event through the real EventAdmin (Equinox's): a committed transaction that
 * changed this bundle's entities posts {@code org/jiedao/records/org/jiedao/persistence/tests} with
 * their names; a read, a rolled-back transaction and a transaction that changed nothing post none.
 */
class RecordsChangedTest {

    private final BlockingQueue<Event> received = new LinkedBlockingQueue<>();
    private ServiceRegistration<EventHandler> registration;

    @BeforeEach
    void listen() {
        BundleContext context = FrameworkUtil.getBundle(RecordsChangedTest.class).getBundleContext();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, RecordsChanged.ALL_TOPICS);
        registration = context.registerService(EventHandler.class, received::add, properties);
    }

    @AfterEach
    void stop() {
        registration.unregister();
    }

    @Test
    void aCommitThatChangedRecordsIsPostedOnTheBundlesTopic() throws Exception {
        PersistenceService service = Services.await(PersistenceService.class);
        service.transaction(em -> {
            em.persist(new SampleRecord("元和街道 养老驿站", "320507001", LocalDate.of(2020, 3, 1)));
            return null;
        });
        Event event = received.poll(20, TimeUnit.SECONDS);
        assertEquals("org/jiedao/records/org/jiedao/persistence/tests", event.getTopic());
        assertEquals(RecordsChanged.topic("org.jiedao.persistence.tests"), event.getTopic());
        assertArrayEquals(new String[] { "SampleRecord" }, (String[]) event.getProperty(RecordsChanged.ENTITIES));
        assertEquals("org.jiedao.persistence.tests", event.getProperty(RecordsChanged.BUNDLE));

        // nothing for reads, a transaction without changes, a rolled-back transaction
        service.read(em -> em.createQuery("select count(r) from SampleRecord r", Long.class).getSingleResult());
        service.transaction(em -> em.createQuery("select count(r) from SampleRecord r", Long.class).getSingleResult());
        assertThrows(IllegalStateException.class, () -> service.transaction(em -> {
            em.persist(new SampleRecord("不会保存", "320507001", LocalDate.of(2020, 3, 2)));
            em.flush();
            throw new IllegalStateException("rolled back");
        }));
        assertNull(received.poll(2, TimeUnit.SECONDS), "no event for a read, an empty or a rolled-back transaction");
        // and the next commit is told again
        service.transaction(em -> {
            em.persist(new SampleRecord("元和街道 助餐点", "320507001", LocalDate.of(2020, 3, 3)));
            return null;
        });
        Event next = received.poll(20, TimeUnit.SECONDS);
        assertEquals(RecordsChanged.topic("org.jiedao.persistence.tests"), next.getTopic());
    }
}
