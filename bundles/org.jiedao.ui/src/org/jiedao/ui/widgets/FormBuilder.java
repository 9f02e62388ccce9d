package org.jiedao.ui.widgets;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jiedao.ui.internal.Messages;

/**
 * Label-and-field rows in a two-column grid, with required markers and inline validation: a field
 * whose value is refused gets an error decoration and the message in red under it, as soon as the
 * officer has typed into it; {@link #isValid()} and {@link #bindEnabled(Button)} give a dialog its
 * OK button state.
 *
 * <pre>
 * FormBuilder form = new FormBuilder(area);
 * Text name = form.text(Messages.Unit_name, true);
 * Text code = form.text(Messages.Unit_code, true, v -&gt; v.matches("\\d{6,12}") ? null : Messages.Unit_badCode);
 * form.bindEnabled(getButton(IDialogConstants.OK_ID));
 * </pre>
 */
public final class FormBuilder {

    /** Checks a field's text: the message to show, or null when it is acceptable. */
    @FunctionalInterface
    public interface Validator {
        String validate(String value);
    }

    /** Widget data key of the error label under a field (for tests). */
    public static final String ERROR_ID = "org.jiedao.ui.widgets.form.error";

    private final Composite composite;
    private final List<Field> fields = new ArrayList<>();
    private final List<Consumer<FormBuilder>> listeners = new CopyOnWriteArrayList<>();

    /** Adds the form's composite (a two-column grid filling its cell) to {@code parent}. */
    public FormBuilder(Composite parent) {
        composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 4).applyTo(composite);
        if (parent.getLayout() instanceof org.eclipse.swt.layout.GridLayout) {
            GridDataFactory.fillDefaults().grab(true, false).applyTo(composite);
        }
    }

    public Composite getComposite() {
        return composite;
    }

    /** A single-line text field. */
    public Text text(String label, boolean required, Validator... validators) {
        return add(label, required, new Text(composite, SWT.BORDER | SWT.SINGLE), validators);
    }

    /** A password field. */
    public Text password(String label, boolean required, Validator... validators) {
        return add(label, required, new Text(composite, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD), validators);
    }

    /** A drop-down of fixed choices (read-only). */
    public Combo choice(String label, boolean required, List<String> items, Validator... validators) {
        Combo combo = new Combo(composite, SWT.DROP_DOWN | SWT.READ_ONLY);
        combo.setItems(items.toArray(String[]::new));
        return add(label, required, combo, validators);
    }

    /** A text of several lines (a note, a reason), at most {@code limit} characters. */
    public Text multiline(String label, boolean required, int limit, Validator... validators) {
        Text text = new Text(composite, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        text.setTextLimit(limit);
        Text added = add(label, required, text, validators);
        ((org.eclipse.swt.layout.GridData) added.getLayoutData()).heightHint = 4 * text.getLineHeight();
        return added;
    }

    /**
     * A day, typed as {@code 2026-12-07} (also {@code 2026/12/7}, {@code 2026.12.7} and {@code 2026年12月7日});
     * read it with {@link #dateOf(Text)}, show one with {@link #setDate(Text, LocalDate)}.
     */
    public Text date(String label, boolean required, Validator... validators) {
        Text text = new Text(composite, SWT.BORDER | SWT.SINGLE);
        text.setMessage(Messages.Form_dateHint);
        Text added = add(label, required, text, validators);
        field(added).validators.add(0, v -> parseDate(v) == null ? NLS.bind(Messages.Form_badDate, v) : null);
        return added;
    }

    /**
     * An amount with at most {@code scale} decimal places, at least {@code min} (yuan: scale 2, min 0); read it
     * with {@link #decimalOf(Text)}.
     */
    public Text decimal(String label, boolean required, int scale, BigDecimal min, Validator... validators) {
        Text added = add(label, required, new Text(composite, SWT.BORDER | SWT.SINGLE | SWT.RIGHT), validators);
        field(added).validators.add(0, v -> {
            BigDecimal value = parseDecimal(v);
            if (value == null || value.scale() > scale) {
                return NLS.bind(Messages.Form_badDecimal, v, scale);
            }
            return min != null && value.compareTo(min) < 0 ? NLS.bind(Messages.Form_tooSmall, min.toPlainString()) : null;
        });
        return added;
    }

    /** A whole number from {@code min} to {@code max}; read it with {@link #integerOf(Text)}. */
    public Text integer(String label, boolean required, long min, long max, Validator... validators) {
        Text added = add(label, required, new Text(composite, SWT.BORDER | SWT.SINGLE | SWT.RIGHT), validators);
        field(added).validators.add(0, v -> {
            Long value = parseInteger(v);
            if (value == null) {
                return NLS.bind(Messages.Form_badInteger, v);
            }
            return value < min || value > max ? NLS.bind(Messages.Form_outOfRange, min, max) : null;
        });
        return added;
    }

    /** A yes/no check box (the label beside it; never required). */
    public Button check(String label) {
        Label spacer = new Label(composite, SWT.NONE);
        spacer.setText("");
        Button button = new Button(composite, SWT.CHECK);
        button.setText(label);
        GridDataFactory.swtDefaults().indent(8, 0).applyTo(button);
        return button;
    }

    /** The day in a field made by {@link #date}, or null when it is empty or not a day. */
    public static LocalDate dateOf(Text field) {
        return parseDate(field.getText().strip());
    }

    /** Shows {@code day} (or nothing for null) in a field made by {@link #date}. */
    public static void setDate(Text field, LocalDate day) {
        field.setText(day == null ? "" : day.toString());
    }

    /** The amount in a field made by {@link #decimal}, or null when it is empty or not a number. */
    public static BigDecimal decimalOf(Text field) {
        return parseDecimal(field.getText().strip());
    }

    /** The number in a field made by {@link #integer}, or null when it is empty or not a whole number. */
    public static Long integerOf(Text field) {
        return parseInteger(field.getText().strip());
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    static LocalDate parseDate(String value) {
        Matcher m = DAY.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    static BigDecimal parseDecimal(String value) {
        String plain = value.strip().replace(",", "").replace("，", "");
        if (!plain.matches("[-+]?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(plain);
    }

    static Long parseInteger(String value) {
        String plain = value.strip().replace(",", "");
        if (!plain.matches("[-+]?\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(plain);
    }

    private <C extends Control> C add(String label, boolean required, C control, Validator... validators) {
        Label caption = new Label(composite, SWT.NONE);
        caption.setText(required ? label + " *" : label);
        caption.moveAbove(control);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(200, SWT.DEFAULT).applyTo(control);
        Label spacer = new Label(composite, SWT.NONE);
        spacer.setLayoutData(GridDataFactory.fillDefaults().exclude(true).create());
        spacer.setVisible(false);
        Label error = new Label(composite, SWT.WRAP);
        error.setData(ERROR_ID, Boolean.TRUE);
        error.setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).exclude(true).applyTo(error);
        error.setVisible(false);
        ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.CENTER);
        Field field = new Field(label, required, control, List.of(validators), decoration, spacer, error);
        if (required) {
            decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_REQUIRED).getImage());
            decoration.setDescriptionText(NLS.bind(Messages.Form_required, label));
        } else {
            decoration.hide();
        }
        fields.add(field);
        int event = control instanceof Combo ? SWT.Selection : SWT.Modify;
        control.addListener(event, e -> {
            field.touched = true;
            validate();
        });
        return control;
    }

    /** Adds a check to a field made by this builder. */
    public void addValidator(Control control, Validator validator) {
        field(control).validators.add(Objects.requireNonNull(validator));
        validate();
    }

    /** The field's message, or empty when it is acceptable. */
    public Optional<String> errorOf(Control control) {
        return Optional.ofNullable(field(control).error());
    }

    /** True when every field is acceptable (touched or not). */
    public boolean isValid() {
        return fields.stream().allMatch(f -> f.error() == null);
    }

    /** The first refused field's message. */
    public Optional<String> firstError() {
        return fields.stream().map(Field::error).filter(Objects::nonNull).findFirst();
    }

    /** Called after every change of a field, with this form. */
    public void addValidationListener(Consumer<FormBuilder> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Keeps {@code button} (a dialog's OK) enabled exactly while the form is valid. */
    public void bindEnabled(Button button) {
        button.setEnabled(isValid());
        addValidationListener(form -> {
            if (!button.isDisposed()) {
                button.setEnabled(form.isValid());
            }
        });
    }

    /** Shows the messages of every field, touched or not (e.g. when OK is pressed); returns {@link #isValid()}. */
    public boolean validateAll() {
        fields.forEach(f -> f.touched = true);
        validate();
        return isValid();
    }

    private void validate() {
        boolean relayout = false;
        for (Field field : fields) {
            relayout |= field.show();
        }
        if (relayout) {
            composite.layout(true, true);
            composite.getShell().layout(true, true);
        }
        for (Consumer<FormBuilder> listener : listeners) {
            listener.accept(this);
        }
    }

    private Field field(Control control) {
        return fields.stream().filter(f -> f.control == control).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a field of this form: " + control));
    }

    private static final class Field {
        final String label;
        final boolean required;
        final Control control;
        final List<Validator> validators;
        final ControlDecoration decoration;
        final Label spacer;
        final Label errorLabel;
        boolean touched;

        Field(String label, boolean required, Control control, List<Validator> validators, ControlDecoration decoration,
                Label spacer, Label errorLabel) {
            this.spacer = spacer;
            this.label = label;
            this.required = required;
            this.control = control;
            this.validators = new ArrayList<>(validators);
            this.decoration = decoration;
            this.errorLabel = errorLabel;
        }

        String value() {
            return control instanceof Text t ? t.getText() : control instanceof Combo c ? c.getText() : "";
        }

        String error() {
            String value = value();
            if (value.isBlank()) {
                return required ? NLS.bind(Messages.Form_required, label) : null;
            }
            for (Validator validator : validators) {
                String message = validator.validate(value.strip());
                if (message != null) {
                    return message;
                }
            }
            return null;
        }

        /** Updates the decoration and the message; returns true when the layout changed. */
        boolean show() {
            String message = touched ? error() : null;
            if (message != null) {
                decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
                decoration.setDescriptionText(message);
                decoration.show();
            } else if (required) {
                decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_REQUIRED).getImage());
                decoration.setDescriptionText(NLS.bind(Messages.Form_required, label));
                decoration.show();
            } else {
                decoration.hide();
            }
            boolean wasVisible = errorLabel.getVisible();
            errorLabel.setText(message == null ? "" : message);
            errorLabel.setVisible(message != null);
            ((org.eclipse.swt.layout.GridData) errorLabel.getLayoutData()).exclude = message == null;
            ((org.eclipse.swt.layout.GridData) spacer.getLayoutData()).exclude = message == null;
            return wasVisible != (message != null) || message != null;
        }
    }
}
