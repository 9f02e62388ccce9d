package org.jiedao.incubation.ui.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.incubation.IncubationSelection;
import org.jiedao.ui.widgets.FormBuilder;
import org.jiedao.ui.widgets.FormDialog;

/** A project's application to a community in a round, with its place in the project's order of preference. */
public final class ApplicationDialog extends FormDialog {

    public static final String PROJECT = "org.jiedao.incubation.ui.application.project";
    public static final String RANK = "org.jiedao.incubation.ui.application.rank";

    private final IncubationSelection selection;
    private final String round;
    private final List<String> communities;
    private final String project;
    private Text code;
    private Combo community;
    private Text rank;

    /** @param project the project to fill in (the selected row's), or null */
    ApplicationDialog(Shell shell, IncubationSelection selection, String round, List<String> communities, String project) {
        super(shell, NLS.bind(Messages.Application_new, round), Messages.Application_message);
        this.selection = selection;
        this.round = round;
        this.communities = communities;
        this.project = project;
    }

    @Override
    protected void createFields(FormBuilder form) {
        code = form.text(Messages.Col_project, true);
        code.setData(PROJECT, Boolean.TRUE);
        community = form.choice(Messages.Col_community, true, communities);
        rank = form.integer(Messages.Col_projectRank, true, 1, 1000);
        rank.setData(RANK, Boolean.TRUE);
        if (project != null) {
            code.setText(project);
            rank.setText(String.valueOf(selection.applications(round).stream().filter(a -> a.project().equals(project)).count() + 1));
        } else {
            rank.setText("1");
        }
    }

    @Override
    protected void save() {
        selection.apply(round, code.getText(), community.getText(), FormBuilder.integerOf(rank).intValue());
    }
}
