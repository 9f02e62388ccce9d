package org.jiedao.eldercare.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.ui.widgets.FilterBar;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EldercareException;

/** What the module's parts share: an elder named by an officer, a refusal shown, a line asked for. */
final class Ui {

    private Ui() {
    }

    /** @return the id of the elder named by a record id or a resident ID number the user may see */
    static long elder(ElderRegistry registry, String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("\\d{1,12}")) {
            return registry.find(Long.parseLong(t)).orElseThrow(() -> new EldercareException(NLS.bind(Messages.Common_noElder, t))).id();
        }
        try {
            return registry.findByIdNumber(t).orElseThrow(() -> new EldercareException(NLS.bind(Messages.Common_noElder, t))).id();
        } catch (EldercareException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EldercareException(e.getMessage());
        }
    }

    /** Runs an action; a refusal is shown with its reason and changes nothing. Commits refresh the tables (RecordsRefresh). */
    static void guarded(Shell shell, String title, Runnable action) {
        try {
            action.run();
        } catch (EldercareException | ConcurrentChangeException e) {
            MessageDialog.openError(shell, title, e.getMessage());
        }
    }

    /** Above this many communities in scope the community filter is typed (code or name), not chosen: a list of thousands is no choice. */
    static final int MANY_COMMUNITIES = 60;

    /** Adds the community filter: a choice of the communities, or a text field for a district's thousands. */
    static void communityFilter(FilterBar filters, String key, List<OrgUnit> communities) {
        if (communities.size() > MANY_COMMUNITIES) {
            filters.text(key, Messages.Elders_communityTyped);
        } else {
            filters.choice(key, Messages.Elders_community, communities, OrgUnit::name);
        }
    }

    /**
     * @return the community of the filter (null: all); one typed is looked up by code or exact name
     * @throws EldercareException for a typed name no community in scope has
     */
    static OrgUnit community(FilterBar filters, String key, List<OrgUnit> communities) {
        if (communities.size() <= MANY_COMMUNITIES) {
            return filters.choice(key);
        }
        String text = filters.text(key);
        if (text == null) {
            return null;
        }
        return communities.stream().filter(u -> u.code().equals(text) || u.name().equals(text)).findFirst()
                .orElseThrow(() -> new EldercareException(NLS.bind(Messages.Elders_noCommunity, text)));
    }

    /** Shows a community in the filter (null: all). */
    static void selectCommunity(FilterBar filters, String key, List<OrgUnit> communities, OrgUnit unit) {
        if (communities.size() <= MANY_COMMUNITIES) {
            filters.select(key, unit);
        } else {
            ((org.eclipse.swt.widgets.Text) filters.control(key)).setText(unit == null ? "" : unit.name());
        }
    }

    /** @return the line the user entered, or null when cancelled */
    static String ask(Shell shell, String title, String prompt, String initial) {
        InputDialog dialog = new InputDialog(shell, title, prompt, initial, null);
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }
}
