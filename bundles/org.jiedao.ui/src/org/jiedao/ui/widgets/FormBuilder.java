package org.jiedao.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

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
