package org.jiedao.core.modules;

import java.util.Locale;

/**
 * Loads a module's demo data into a new demo data folder ({@code jiedao-cli init --demo}, and so
 * {@code ./dev run}): contributed through the extension point {@code org.jiedao.core.demoData}.
 * It runs after the platform's demo organisation (the units of the seed: 姑苏区, 沧浪街道,
 * 相城区, 元和街道, 华辰嘉园社区, ...) and demo accounts exist, signed in as the demo district
 * administrator, so whatever it writes is scoped and audited like an officer's work. It is never
 * called for a data folder that is not a demo folder.
 */
public interface DemoDataProvider {

    /** Extension point through which modules contribute demo data. */
    String EXTENSION_POINT = "org.jiedao.core.demoData";

    /**
     * Writes the demo data (through the platform's services, e.g. {@code PersistenceService}).
     *
     * @param locale the language of the user who asked (names and texts of the seed are Chinese anyway)
     * @return a short summary for the user, e.g. "120 条来信" / "120 petitions"
     */
    String load(Locale locale);
}
