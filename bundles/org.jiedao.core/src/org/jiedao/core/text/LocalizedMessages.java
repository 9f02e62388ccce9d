package org.jiedao.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Messages in the language of a given locale, for code that serves users of different languages
 * in one installation (an import started from a Chinese workbench and one from an English script):
 * unlike {@code NLS}'s static fields, an instance holds one language. A messages class declares
 * public {@code String} fields named like the keys of {@code messages.properties} and
 * {@code messages_zh.properties} in its own package:
 *
 * <pre>
 * public final class Messages {
 *     public String Import_failed;
 *     public static Messages get(Locale locale) {
 *         return LocalizedMessages.load(Messages.class, locale);
 *     }
 * }
 * </pre>
 *
 * Chinese is used for a zh locale, English otherwise; a key missing from the Chinese file falls
 * back to English, a key missing from both shows as {@code !key!}. Instances are cached.
 */
public final class LocalizedMessages {

    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();

    private LocalizedMessages() {
    }

    /**
     * The platform's one language rule: Chinese for a zh locale (any country or script), English for
     * every other. Code that picks headers, formats or texts by language asks this instead of
     * comparing language codes itself.
     *
     * @since 1.1
     */
    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** @return the messages of {@code type} in the locale's language (Chinese for zh, else English) */
    public static <T> T load(Class<T> type, Locale locale) {
        String language = isChinese(locale) ? "zh" : "en";
        return type.cast(CACHE.computeIfAbsent(type.getName() + "/" + language, key -> create(type, language)));
    }

    private static <T> T create(Class<T> type, String language) {
        Properties chosen = new Properties(read(type, "messages.properties"));
        if ("zh".equals(language)) {
            read(type, "messages_zh.properties").forEach(chosen::put);
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T messages = constructor.newInstance();
            for (Field field : type.getFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    String value = chosen.getProperty(field.getName());
                    field.set(messages, value != null ? value : "!" + field.getName() + "!");
                }
            }
            return messages;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create the messages " + type.getName(), e);
        }
    }

    private static Properties read(Class<?> type, String name) {
        Properties properties = new Properties();
        try (InputStream in = type.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + name + " of " + type.getName(), e);
        }
        return properties;
    }
}
