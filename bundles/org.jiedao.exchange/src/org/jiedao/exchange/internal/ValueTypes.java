package org.jiedao.exchange.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.text.BilingualKey;
import org.jiedao.core.text.LocalizedMessages;
import org.jiedao.exchange.Cell;
import org.jiedao.exchange.InvalidValueException;
import org.jiedao.exchange.ValueContext;
import org.jiedao.exchange.ValueType;

/** The platform's value types (created through the factories of {@link ValueType}). */
public final class ValueTypes {

    private ValueTypes() {
    }

    /** A number cell's text, or the text of a text cell. */
    static String plain(Cell cell) {
        return cell.text().strip();
    }

    /**
     * Removes surrounding blanks, but keeps a leading tab or carriage return: text that starts with
     * one is what the formula guard of exports protects, and imports give it back exactly.
     */
    static String trim(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start)) && text.charAt(start) != '\t'
                && text.charAt(start) != '\r') {
            start++;
        }
        int end = text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String trimmed = text.substring(start, end);
        return trimmed.isBlank() ? "" : trimmed;
    }

    public static final class Text extends ValueType<String> {
        private final int maxLength;

        public Text(int maxLength) {
            if (maxLength < 1) {
                throw new IllegalArgumentException("maxLength must be positive");
            }
            this.maxLength = maxLength;
        }

        @Override
        public String parse(Cell cell, ValueContext context) throws InvalidValueException {
            String text = trim(cell.text());
            int length = cell.isOversize() ? cell.length() : text.codePointCount(0, text.length());
            if (length > maxLength) {
                throw new InvalidValueException(NLS.bind(Messages.get(context.locale()).Value_tooLong, length, maxLength));
            }
            return text;
        }

        @Override
        public String describe(Locale locale) {
            return NLS.bind(Messages.get(locale).Value_describeText, maxLength);
        }
    }

    public static final class Integer extends ValueType<Long> {
        private final long min;
        private final long max;

        public Integer(long min, long max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public Long parse(Cell cell, ValueContext context) throws InvalidValueException {
            Messages m = Messages.get(context.locale());
            BigDecimal value = number(cell, m);
            if (value.stripTrailingZeros().scale() > 0) {
                throw new InvalidValueException(NLS.bind(m.Value_notWhole, plain(cell)));
            }
            long v;
            try {
                v = value.longValueExact();
            } catch (ArithmeticException e) {
                throw new InvalidValueException(NLS.bind(m.Value_outOfRange, new Object[] { plain(cell), min, max }));
            }
            if (v < min || v > max) {
                throw new InvalidValueException(NLS.bind(m.Value_outOfRange, new Object[] { plain(cell), min, max }));
            }
            return v;
        }

        @Override
        public String describe(Locale locale) {
            return NLS.bind(Messages.get(locale).Value_describeInteger, min, max);
        }
    }

    public static final class Decimal extends ValueType<BigDecimal> {
        private final int scale;
        private final BigDecimal min;
        private final BigDecimal max;

        public Decimal(int scale, BigDecimal min, BigDecimal max) {
            this.scale = scale;
            this.min = min;
            this.max = max;
        }

        @Override
        public BigDecimal parse(Cell cell, ValueContext context) throws InvalidValueException {
            Messages m = Messages.get(context.locale());
            BigDecimal value = number(cell, m);
            if (cell.number().isPresent()) {
                // a spreadsheet double: 89.5 is stored as 89.49999999999999 at worst; round to the scale
                value = value.setScale(Math.max(scale, 0) + 6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            }
            if (value.stripTrailingZeros().scale() > scale) {
                throw new InvalidValueException(NLS.bind(m.Value_tooManyDecimals, plain(cell), scale));
            }
            if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
                throw new InvalidValueException(NLS.bind(m.Value_outOfRange,
                        new Object[] { plain(cell), min == null ? "-" : min.toPlainString(), max == null ? "-" : max.toPlainString() }));
            }
            return value;
        }

        @Override
        public String describe(Locale locale) {
            return NLS.bind(Messages.get(locale).Value_describeDecimal,
                    new Object[] { min == null ? "-" : min.toPlainString(), max == null ? "-" : max.toPlainString(), scale });
        }
    }

    static BigDecimal number(Cell cell, Messages m) throws InvalidValueException {
        if (cell.number().isPresent()) {
            double d = cell.number().get();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new InvalidValueException(NLS.bind(m.Value_notNumber, plain(cell)));
            }
            return BigDecimal.valueOf(d);
        }
        String text = plain(cell).replace(",", "").replace("，", "");
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(NLS.bind(m.Value_notNumber, plain(cell)));
        }
    }

    public static final class Date extends ValueType<LocalDate> {
        private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?");

        @Override
        public LocalDate parse(Cell cell, ValueContext context) throws InvalidValueException {
            if (cell.dateTime().isPresent()) {
                return cell.dateTime().get().toLocalDate();
            }
            Messages m = Messages.get(context.locale());
            String text = plain(cell);
            Matcher matcher = DATE.matcher(text);
            if (!matcher.matches()) {
                throw new InvalidValueException(NLS.bind(m.Value_notDate, text));
            }
            try {
                return LocalDate.of(java.lang.Integer.parseInt(matcher.group(1)), java.lang.Integer.parseInt(matcher.group(2)),
                        java.lang.Integer.parseInt(matcher.group(3)));
            } catch (DateTimeException e) {
                throw new InvalidValueException(NLS.bind(m.Value_noSuchDate, text));
            }
        }

        @Override
        public String describe(Locale locale) {
            return Messages.get(locale).Value_describeDate;
        }
    }

    public static final class Choice<E extends Enum<E> & BilingualKey> extends ValueType<E> {
        private final Class<E> type;

        public Choice(Class<E> type) {
            this.type = type;
        }

        @Override
        public E parse(Cell cell, ValueContext context) throws InvalidValueException {
            return BilingualKey.parse(type, cell.text()).orElseThrow(() -> new InvalidValueException(
                    NLS.bind(Messages.get(context.locale()).Value_notChoice, plain(cell), choices(context.locale()))));
        }

        private String choices(Locale locale) {
            boolean zh = LocalizedMessages.isChinese(locale);
            return Arrays.stream(type.getEnumConstants()).map(e -> zh ? e.key() + "|" + e.chinese() : e.key())
                    .collect(Collectors.joining(", "));
        }

        @Override
        public String describe(Locale locale) {
            return choices(locale);
        }
    }

    public static final class Unit extends ValueType<OrgUnit> {
        @Override
        public OrgUnit parse(Cell cell, ValueContext context) throws InvalidValueException {
            return context.orgUnit(plain(cell));
        }

        @Override
        public String describe(Locale locale) {
            return Messages.get(locale).Value_describeUnit;
        }
    }

    public static final class Bool extends ValueType<Boolean> {
        @Override
        public Boolean parse(Cell cell, ValueContext context) throws InvalidValueException {
            String t = plain(cell).toLowerCase(Locale.ROOT);
            switch (t) {
            case "是", "yes", "y", "true", "1", "对":
                return Boolean.TRUE;
            case "否", "no", "n", "false", "0":
                return Boolean.FALSE;
            default:
                throw new InvalidValueException(NLS.bind(Messages.get(context.locale()).Value_notBoolean, plain(cell)));
            }
        }

        @Override
        public Object toCell(Boolean value, Locale locale) {
            Messages messages = Messages.get(locale);
            return value ? messages.Value_yes : messages.Value_no;
        }

        @Override
        public String describe(Locale locale) {
            return Messages.get(locale).Value_describeBoolean;
        }
    }
}
