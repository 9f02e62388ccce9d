package org.jiedao.exchange;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

import org.jiedao.core.text.BilingualKey;
import org.jiedao.core.text.LocalizedMessages;

/**
 * A column of a record format: a stable English key (the contract scripts use), the Chinese header
 * officers use (both are accepted on import, in any order of columns), a value type and whether a
 * value is required. Immutable; the {@code required()} and {@code describedAs} methods return copies.
 *
 * <pre>
 * static final Column&lt;String&gt; CODE = Column.text("code", "编码", 32).required();
 * static final Column&lt;OrgLevel&gt; LEVEL = Column.choice("level", "层级", OrgLevel.class).required();
 * </pre>
 *
 * @param <T> the type of the parsed values
 */
public final class Column<T> {

    private final String key;
    private final String chinese;
    private final ValueType<T> type;
    private final boolean required;

    private Column(String key, String chinese, ValueType<T> type, boolean required) {
        this.key = Objects.requireNonNull(key, "key");
        this.chinese = Objects.requireNonNull(chinese, "chinese");
        this.type = Objects.requireNonNull(type, "type");
        this.required = required;
        if (!key.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Column keys are lower-case ASCII with '_': " + key);
        }
    }

    /** A column of any value type. */
    public static <T> Column<T> of(String key, String chinese, ValueType<T> type) {
        return new Column<>(key, chinese, type, false);
    }

    /** Text of at most {@code maxLength} characters, stripped of surrounding blanks. */
    public static Column<String> text(String key, String chinese, int maxLength) {
        return of(key, chinese, ValueType.text(maxLength));
    }

    /** A whole number between {@code min} and {@code max}. */
    public static Column<Long> integer(String key, String chinese, long min, long max) {
        return of(key, chinese, ValueType.integer(min, max));
    }

    /** A decimal number with at most {@code scale} decimals between {@code min} and {@code max}. */
    public static Column<BigDecimal> decimal(String key, String chinese, int scale, BigDecimal min, BigDecimal max) {
        return of(key, chinese, ValueType.decimal(scale, min, max));
    }

    /** A date: 2021-06-15, 2021/6/15, 2021年6月15日, 2021.6.15 or a spreadsheet date cell. */
    public static Column<java.time.LocalDate> date(String key, String chinese) {
        return of(key, chinese, ValueType.date());
    }

    /** One of an enumeration's values, by English key or Chinese name ({@link BilingualKey}). */
    public static <E extends Enum<E> & BilingualKey> Column<E> choice(String key, String chinese, Class<E> type) {
        return of(key, chinese, ValueType.choice(type));
    }

    /** An organisation unit by code or name, within the user's scope. */
    public static Column<org.jiedao.core.org.OrgUnit> orgUnit(String key, String chinese) {
        return of(key, chinese, ValueType.orgUnit());
    }

    /** Yes or no: 是/否, yes/no, true/false, y/n, 1/0. */
    public static Column<Boolean> bool(String key, String chinese) {
        return of(key, chinese, ValueType.bool());
    }

    /** @return a copy of this column that requires a value in every row */
    public Column<T> required() {
        return new Column<>(key, chinese, type, true);
    }

    /** @return the English key, e.g. {@code received_on} */
    public String key() {
        return key;
    }

    /** @return the Chinese header, e.g. 收到日期 */
    public String chinese() {
        return chinese;
    }

    /** @return the header to write for a locale: Chinese for zh, else the key */
    public String header(Locale locale) {
        return LocalizedMessages.isChinese(locale) ? chinese : key;
    }

    public ValueType<T> type() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    /** @return whether a header cell names this column (key in any case, or the Chinese header) */
    public boolean matches(String header) {
        String h = header == null ? "" : header.strip();
        return h.equalsIgnoreCase(key) || h.equals(chinese);
    }

    @Override
    public String toString() {
        return key;
    }
}
