package org.jiedao.petitions.internal.contrib;

import java.util.Locale;

import org.jiedao.exchange.Cell;
import org.jiedao.exchange.InvalidValueException;
import org.jiedao.exchange.ValueContext;
import org.jiedao.exchange.ValueType;
import org.jiedao.petitions.Urgency;

/** The 紧急程度 column: empty for normal, or any of 急难愁盼 ({@code 急}, {@code 急难}, {@code 急、盼}; English keys too). */
public final class UrgencyType extends ValueType<Urgency> {

    @Override
    public Urgency parse(Cell cell, ValueContext context) throws InvalidValueException {
        return Urgency.parse(cell.text()).orElseThrow(() -> new InvalidValueException(zh(context.locale())
                ? "“" + cell.text() + "”不是紧急程度：请留空（一般），或填写急、难、愁、盼中的一个或几个，如“急”“急难”"
                : "'" + cell.text() + "' is not an urgency: leave it empty (normal) or give any of 急难愁盼 (urgent, difficult, worrying, longed-for), e.g. 急 or 急难"));
    }

    @Override
    public Object toCell(Urgency value, Locale locale) {
        return value == null || value.flags().isEmpty() ? null : value.text();
    }

    @Override
    public String describe(Locale locale) {
        return zh(locale) ? "留空（一般）或急、难、愁、盼的任意组合，如 急、急难" : "empty (normal) or any of 急难愁盼, e.g. 急, 急难";
    }

    private static boolean zh(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
