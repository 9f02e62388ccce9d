package org.jiedao.petitions.internal.contrib;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.jiedao.exchange.Cell;
import org.jiedao.exchange.InvalidValueException;
import org.jiedao.exchange.ValueContext;
import org.jiedao.exchange.ValueType;
import org.jiedao.petitions.Urgency;

/** The 紧急程度 column: empty for normal, or any of 急难愁盼 ({@code 急}, {@code 急难}, {@code 急、盼}; English keys too). */
public final class UrgencyType extends ValueType<Urgency> {

    @Override
    public Urgency parse(Cell cell, ValueContext context) throws InvalidValueException {
        return Urgency.parse(cell.text()).orElseThrow(() -> new InvalidValueException(
                NLS.bind(Texts.get(context.locale()).Urgency_invalid, cell.text())));
    }

    @Override
    public Object toCell(Urgency value, Locale locale) {
        return value == null || value.flags().isEmpty() ? null : value.text();
    }

    @Override
    public String describe(Locale locale) {
        return Texts.get(locale).Urgency_describe;
    }
}
