package org.jiedao.ui.widgets;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jiedao.ui.internal.Messages;

/**
 * The row of filters above a table ({@link RecordTable} or any other), declared instead of laid out:
 * choices (a drop-down whose first item is 全部 / All), texts, dates (年-月-日) and check boxes, each
 * with its label (the module's translated text), and the part's buttons at the end. Every change
 * that gives a new query (a choice picked, a box ticked, Enter in a text or a date, a text or a date
 * emptied) tells the listeners; a date that is not one is marked red with the reason and asks
 * nothing. Each control carries its key as widget data (for tests).
 *
 * <pre>
 * FilterBar bar = new FilterBar(parent)
 *         .choice("status", Messages.Status, List.of(Status.values()), s -&gt; s.displayName(locale))
 *         .text("name", Messages.Name)
 *         .date("from", Messages.From)
 *         .check("overdue", Messages.Overdue);
 * bar.button("refresh", Messages.Refresh, this::refresh);
 * bar.addChangeListener(this::refresh);
 * ...
 * Status status = bar.choice("status");   // null: 全部
 * LocalDate from = bar.date("from");       // null: no date
 * </pre>
 *
 * @since 1.1
 */
public final class FilterBar {

    private final Composite composite;
    private final GridLayout layout;
    private enum Kind {
        CHOICE, TEXT, DATE, CHECK, BUTTON
    }

    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final Map<String, List<?>> choices = new LinkedHashMap<>();
    private final Map<String, Function<Object, String>> texts = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Adds the bar (one row, filling its cell's width in a grid) to {@code parent}. */
    public FilterBar(Composite parent) {
        composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(0).spacing(6, 4).applyTo(composite);
        layout = (GridLayout) composite.getLayout();
        if (parent.getLayout() instanceof GridLayout) {
            GridDataFactory.fillDefaults().grab(true, false).applyTo(composite);
        }
    }

    /** @return the bar's composite */
    public Composite getControl() {
        return composite;
    }

    /** A drop-down of {@code values} shown by {@code text}, after 全部 (no condition, the first selection). */
    @SuppressWarnings("unchecked")
    public <T> FilterBar choice(String key, String label, List<T> values, Function<? super T, String> text) {
        label(label);
        Combo combo = new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN);
        add(key, combo, Kind.CHOICE);
        texts.put(key, (Function<Object, String>) text);
        setChoices(key, values);
        combo.addListener(SWT.Selection, e -> changed());
        return this;
    }

    /** Replaces the values of choice {@code key} (e.g. loaded later), keeping the selected one when it is still there. */
    public <T> void setChoices(String key, List<T> values) {
        Combo combo = control(key, Combo.class);
        Object selected = choices.containsKey(key) ? choice(key) : null;
        List<T> copy = List.copyOf(values);
        choices.put(key, copy);
        List<String> items = new ArrayList<>();
        items.add(Messages.FilterBar_all);
        copy.forEach(v -> items.add(texts.get(key).apply(v)));
        combo.setItems(items.toArray(String[]::new));
        int index = selected == null ? -1 : copy.indexOf(selected);
        combo.select(index < 0 ? 0 : index + 1);
    }

    /** A text field: the rows whose column contains it; asked on Enter and when emptied. */
    public FilterBar text(String key, String label) {
        label(label);
        Text text = new Text(composite, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        GridDataFactory.swtDefaults().hint(110, SWT.DEFAULT).applyTo(text);
        add(key, text, Kind.TEXT);
        text.addListener(SWT.DefaultSelection, e -> changed());
        text.addListener(SWT.Modify, e -> {
            if (text.getText().isEmpty()) {
                changed();
            }
        });
        return this;
    }

    /** A date field (年-月-日, yyyy-mm-dd); asked on Enter and when emptied; a wrong date is marked and asks nothing. */
    public FilterBar date(String key, String label) {
        label(label);
        Text text = new Text(composite, SWT.BORDER);
        text.setMessage(Messages.FilterBar_dateHint);
        GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(text);
        add(key, text, Kind.DATE);
        Runnable check = () -> {
            String problem = dateProblem(label, text.getText());
            text.setForeground(problem == null ? null : text.getDisplay().getSystemColor(SWT.COLOR_RED));
            text.setToolTipText(problem);
            if (problem == null) {
                changed();
            }
        };
        text.addListener(SWT.DefaultSelection, e -> check.run());
        text.addListener(SWT.FocusOut, e -> {
            if (dateProblem(label, text.getText()) != null) {
                check.run();
            }
        });
        text.addListener(SWT.Modify, e -> {
            if (text.getText().isEmpty()) {
                check.run();
            }
        });
        return this;
    }

    /** A check box: the condition holds when ticked. */
    public FilterBar check(String key, String label) {
        Button box = new Button(composite, SWT.CHECK);
        box.setText(label);
        add(key, box, Kind.CHECK);
        box.addListener(SWT.Selection, e -> changed());
        return this;
    }

    /** A push button after the filters (e.g. 刷新, 新建…), running {@code action}. */
    public Button button(String key, String label, Runnable action) {
        Button button = new Button(composite, SWT.PUSH);
        button.setText(label);
        add(key, button, Kind.BUTTON);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Told (on the UI thread) after each change that gives a new query. */
    public FilterBar addChangeListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
        return this;
    }

    /** @return the value chosen in choice {@code key}, null for 全部 */
    @SuppressWarnings("unchecked")
    public <T> T choice(String key) {
        int index = control(key, Combo.class).getSelectionIndex();
        List<?> values = choices.get(key);
        return index > 0 && index <= values.size() ? (T) values.get(index - 1) : null;
    }

    /** Selects {@code value} in choice {@code key} (null: 全部) without telling the listeners. */
    public void select(String key, Object value) {
        int index = value == null ? -1 : choices.get(key).indexOf(value);
        control(key, Combo.class).select(index < 0 ? 0 : index + 1);
    }

    /** @return the stripped text of text field {@code key}, null when blank */
    public String text(String key) {
        String value = control(key, Text.class).getText().strip();
        return value.isEmpty() ? null : value;
    }

    /** @return the date of date field {@code key}, null when blank or not a date */
    public LocalDate date(String key) {
        String value = control(key, Text.class).getText().strip();
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** @return whether check box {@code key} is ticked */
    public boolean checked(String key) {
        return control(key, Button.class).getSelection();
    }

    /**
     * The bar's conditions as a table {@link Filter}, by key: a choice EQUALS its value's text, a text
     * CONTAINS, a date EQUALS its ISO form, a ticked box EQUALS "true".
     */
    public Filter filter() {
        Filter filter = Filter.NONE;
        for (Map.Entry<String, Kind> entry : kinds.entrySet()) {
            String key = entry.getKey();
            switch (entry.getValue()) {
            case CHOICE -> {
                Object value = choice(key);
                filter = filter.with(key, Filter.Match.EQUALS, value == null ? null : texts.get(key).apply(value));
            }
            case TEXT -> filter = filter.with(key, Filter.Match.CONTAINS, text(key));
            case DATE -> {
                LocalDate day = date(key);
                filter = filter.with(key, Filter.Match.EQUALS, day == null ? null : day.toString());
            }
            case CHECK -> filter = filter.with(key, Filter.Match.EQUALS, checked(key) ? "true" : null);
            case BUTTON -> {
            }
            }
        }
        return filter;
    }

    /** @return the control of {@code key} (its label is the control before it) */
    public Control control(String key) {
        Control control = controls.get(key);
        if (control == null) {
            throw new IllegalArgumentException("No filter '" + key + "' in this bar; it has " + controls.keySet());
        }
        return control;
    }

    private <C extends Control> C control(String key, Class<C> type) {
        Control control = control(key);
        if (!type.isInstance(control)) {
            throw new IllegalArgumentException("Filter '" + key + "' is a " + control.getClass().getSimpleName() + ", not a " + type.getSimpleName());
        }
        return type.cast(control);
    }

    static String dateProblem(String label, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            LocalDate.parse(value);
            return null;
        } catch (DateTimeParseException e) {
            return NLS.bind(Messages.FilterBar_badDate, label, value);
        }
    }

    private void label(String text) {
        Label label = new Label(composite, SWT.NONE);
        label.setText(text);
        layout.numColumns++;
    }

    private void add(String key, Control control, Kind kind) {
        if (controls.putIfAbsent(Objects.requireNonNull(key), control) != null) {
            control.dispose();
            throw new IllegalArgumentException("Filter '" + key + "' is declared twice");
        }
        kinds.put(key, kind);
        control.setData(key, Boolean.TRUE);
        layout.numColumns++;
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
