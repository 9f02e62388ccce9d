package org.jiedao.core.internal.text;

import java.util.Locale;

import org.jiedao.core.text.LocalizedMessages;

/**
 * Core texts needed in a given language rather than the installation's (messages.properties,
 * messages_zh.properties beside this class): an exception's message in the user's language.
 */
public final class Texts {

    public String ConcurrentChange_message;

    public static Texts get(Locale locale) {
        return LocalizedMessages.load(Texts.class, locale);
    }
}
