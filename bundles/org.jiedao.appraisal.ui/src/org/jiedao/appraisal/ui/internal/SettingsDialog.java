package org.jiedao.appraisal.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.appraisal.AppraisalException;
import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.AppraisalService.AppraisalYear;
import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.HonourLevel;
import org.jiedao.appraisal.Indicator;
import org.jiedao.appraisal.RaterLevel;
import org.jiedao.appraisal.rules.AppraisalSettings;
import org.jiedao.core.persistence.AccessDeniedException;

/**
 * 年度设置: every rule setting of DOMAIN.md §4 for one appraisal year (indicator and rater level
 * weights, quarter and exam weights, honour points and cap, grade quotas, D bonus factors), stored
 * with the year. A published year is shown read-only. Each field is checked as it is typed; the
 * service checks the whole (sums, ranges) when saving and its refusal is shown in the dialog.
 */
final class SettingsDialog extends TitleAreaDialog {

    /** Widget data key of each field: the setting's key (e.g. "indicator.de", "quota.A", "bonus.2"). */
    static final String FIELD_ID = "org.jiedao.appraisal.ui.settings.field";

    private final AppraisalService appraisal;
    private final int year;
    private final Locale locale = Locale.getDefault();
    private final Map<String, Text> fields = new LinkedHashMap<>();
    private AppraisalYear info;

    SettingsDialog(Shell parent, AppraisalService appraisal, int year) {
        super(parent);
        this.appraisal = appraisal;
        this.year = year;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Settings_title, Integer.toString(year)));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        info = appraisal.year(year);
        setTitle(NLS.bind(Messages.Settings_title, Integer.toString(year)));
        setMessage(info.published() ? NLS.bind(Messages.Settings_readOnly, Integer.toString(year)) : Messages.Settings_help);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(12, 8).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        AppraisalSettings s = info.settings();

        Group indicators = group(body, Messages.Settings_indicators);
        for (Indicator indicator : Indicator.values()) {
            field(indicators, "indicator." + indicator.key(), indicator.displayName(locale), s.indicatorWeights().get(indicator));
        }
        Group levels = group(body, Messages.Settings_levels);
        for (RaterLevel level : RaterLevel.values()) {
            field(levels, "level." + level.key(), level.displayName(locale), s.levelWeights().get(level));
        }
        Group annual = group(body, Messages.Settings_annual);
        field(annual, "quarters", Messages.Settings_quarterWeight, s.quarterWeight());
        field(annual, "exam", Messages.Settings_examWeight, s.examWeight());
        for (HonourLevel level : HonourLevel.values()) {
            field(annual, "honour." + level.key(), NLS.bind(Messages.Settings_honourPoints, level.displayName(locale)),
                    s.honourPoints().get(level));
        }
        field(annual, "cap", Messages.Settings_honourCap, s.honourCap());
        Group quotas = group(body, Messages.Settings_quotas);
        for (Grade grade : Grade.values()) {
            field(quotas, "quota." + grade.key(), grade.displayName(locale), s.quotaPercents().get(grade));
        }
        for (int d = 1; d <= 3; d++) {
            field(quotas, "bonus." + d, NLS.bind(Messages.Settings_bonus, Integer.toString(d)), s.dBonusFactor(d));
        }
        return area;
    }

    private static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
        return group;
    }

    private void field(Composite parent, String key, String label, BigDecimal value) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.RIGHT);
        text.setText(value.stripTrailingZeros().toPlainString());
        text.setData(FIELD_ID, key);
        text.setEditable(!info.published());
        GridDataFactory.fillDefaults().grab(true, false).hint(70, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> check());
        fields.put(key, text);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (!info.published()) {
            createButton(parent, IDialogConstants.OK_ID, Messages.Settings_save, true);
        }
        createButton(parent, IDialogConstants.CANCEL_ID, info.published() ? IDialogConstants.CLOSE_LABEL : IDialogConstants.CANCEL_LABEL,
                info.published());
    }

    /** Checks each field as typed: a number, not negative. */
    private boolean check() {
        for (Map.Entry<String, Text> field : fields.entrySet()) {
            if (number(field.getValue().getText()) == null) {
                setErrorMessage(NLS.bind(Messages.Settings_notNumber, field.getValue().getText()));
                enableOk(false);
                return false;
            }
        }
        setErrorMessage(null);
        enableOk(true);
        return true;
    }

    private void enableOk(boolean enabled) {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(enabled);
        }
    }

    private static BigDecimal number(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            return value.signum() < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private BigDecimal value(String key) {
        return number(fields.get(key).getText());
    }

    /** @return the settings as typed (fields checked before) */
    AppraisalSettings settings() {
        Map<Indicator, BigDecimal> indicators = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            indicators.put(i, value("indicator." + i.key()));
        }
        Map<RaterLevel, BigDecimal> levels = new EnumMap<>(RaterLevel.class);
        for (RaterLevel l : RaterLevel.values()) {
            levels.put(l, value("level." + l.key()));
        }
        Map<HonourLevel, BigDecimal> honours = new EnumMap<>(HonourLevel.class);
        for (HonourLevel l : HonourLevel.values()) {
            honours.put(l, value("honour." + l.key()));
        }
        Map<Grade, BigDecimal> quotas = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            quotas.put(g, value("quota." + g.key()));
        }
        List<BigDecimal> bonus = new ArrayList<>();
        for (int d = 1; d <= 3; d++) {
            bonus.add(value("bonus." + d));
        }
        return new AppraisalSettings(indicators, levels, value("quarters"), value("exam"), honours, value("cap"), quotas, bonus);
    }

    @Override
    protected void okPressed() {
        if (!check()) {
            return;
        }
        try {
            appraisal.saveSettings(year, settings());
        } catch (AppraisalException | AccessDeniedException e) {
            setErrorMessage(e.getMessage()); // nothing saved; the dialog stays open with what was typed
            return;
        }
        super.okPressed();
    }
}
