package org.jiedao.exchange;

import java.math.BigDecimal;
import java.util.Locale;

import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.text.BilingualKey;
import org.jiedao.exchange.internal.ValueTypes;

/**
 * How a column's cells become values and values become cells. The platform's types cover text,
 * numbers, dates, choices and organisation units; a module may subclass this for its own (for
 * example the petitions module's 急难愁盼 urgency flags).
 *
 * @param <T> the type of the values
 */
public abstract class ValueType<T> {

    /**
     * Parses a non-blank cell (blank cells never reach this method: they are "no value").
     *
     * @return the value, never null
     * @throws InvalidValueException with a message in the context's language saying what is wrong
     *                               and what is expected
     */
    public abstract T parse(Cell cell, ValueContext context) throws InvalidValueException;

    /**
     * @return the value as a cell to write: a {@link String}, a {@link Number}, a
     *         {@link java.time.LocalDate} or a {@link Boolean}
     */
    public Object toCell(T value, Locale locale) {
        if (value instanceof BilingualKey key) {
            return key.displayName(locale);
        }
        if (value instanceof OrgUnit unit) {
            return unit.code();
        }
        return value;
    }

    /** @return a short description of what the column accepts, in the locale's language */
    public abstract String describe(Locale locale);

    public static ValueType<String> text(int maxLength) {
        return new ValueTypes.Text(maxLength);
    }

    public static ValueType<Long> integer(long min, long max) {
        return new ValueTypes.Integer(min, max);
    }

    public static ValueType<BigDecimal> decimal(int scale, BigDecimal min, BigDecimal max) {
        return new ValueTypes.Decimal(scale, min, max);
    }

    public static ValueType<java.time.LocalDate> date() {
        return new ValueTypes.Date();
    }

    public static <E extends Enum<E> & BilingualKey> ValueType<E> choice(Class<E> type) {
        return new ValueTypes.Choice<>(type);
    }

    public static ValueType<OrgUnit> orgUnit() {
        return new ValueTypes.Unit();
    }

    public static ValueType<Boolean> bool() {
        return new ValueTypes.Bool();
    }
}
