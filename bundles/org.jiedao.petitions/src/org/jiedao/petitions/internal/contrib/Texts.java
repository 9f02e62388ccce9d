package org.jiedao.petitions.internal.contrib;

import java.util.Locale;

import org.jiedao.core.text.LocalizedMessages;

/**
 * Texts of the module's contributions in the language of the import, export or demo data asked for
 * (messages.properties, messages_zh.properties beside this class), not the installation's.
 */
public final class Texts {

    public String Urgency_invalid;
    public String Urgency_describe;
    public String Demo_noCommunities;
    public String Demo_summary;

    public static Texts get(Locale locale) {
        return LocalizedMessages.load(Texts.class, locale);
    }
}
