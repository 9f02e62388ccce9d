package org.jiedao.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.jiedao.security.internal.users.ModuleDemoData;
import org.junit.jupiter.api.Test;

/** Modules' demo data (extension point org.jiedao.core.demoData), as jiedao-cli init --demo loads it. */
class DemoDataTest {

    @Test
    void everyModulesDemoDataIsLoadedAndMistakesAreSkipped() throws Exception {
        ExchangeTest.organisation();
        ExchangeTest.security.signOut();
        ExchangeTest.persistence.transaction(em -> em.createQuery("delete from SampleRecord").executeUpdate());
        ExchangeTest.security.signIn("admin-x", ExchangeTest.PASSWORD.toCharArray());
        try {
            List<ModuleDemoData.Outcome> outcomes = ModuleDemoData.load(Platform.getExtensionRegistry(), Locale.ENGLISH);
            assertEquals(List.of(new ModuleDemoData.Outcome("org.jiedao.tests.exchange", true, "3 sample records")), outcomes);
            assertEquals(3L, ExchangeTest.count());
            assertTrue(ExchangeTest.persistence.auditRecords("admin-x", "SampleRecord", null, null, 10).size() >= 3,
                    "written as the signed-in administrator, audited");
        } finally {
            ExchangeTest.security.signOut();
        }
    }
}
