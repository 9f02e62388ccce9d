package org.jiedao.incubation.ui.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.incubation.IncubationSelection;
import org.jiedao.incubation.Records.Ranking;
import org.jiedao.ui.widgets.FormBuilder;
import org.jiedao.ui.widgets.FormDialog;

/** A community's rank of a project that applied to it (1 = best, ties allowed), with the community's places in the round. */
public final class RankingDialog extends FormDialog {

    public static final String PROJECT = "org.jiedao.incubation.ui.ranking.project";
    public static final String RANK = "org.jiedao.incubation.ui.ranking.rank";
    public static final String PLACES = "org.jiedao.incubation.ui.ranking.places";

    private final IncubationSelection selection;
    private final String round;
    private final List<String> communities;
    private final String communityName;
    private Combo community;
    private Text project;
    private Text rank;
    private Text places;

    /** @param communityName the community to fill in (the selected row's), or null */
    RankingDialog(Shell shell, IncubationSelection selection, String round, List<String> communities, String communityName) {
        super(shell, NLS.bind(Messages.Ranking_new, round), Messages.Ranking_message);
        this.selection = selection;
        this.round = round;
        this.communities = communities;
        this.communityName = communityName;
    }

    @Override
    protected void createFields(FormBuilder form) {
        community = form.choice(Messages.Col_community, true, communities);
        project = form.text(Messages.Col_project, true);
        project.setData(PROJECT, Boolean.TRUE);
        rank = form.integer(Messages.Col_communityRank, true, 1, 100_000);
        rank.setData(RANK, Boolean.TRUE);
        places = form.integer(Messages.Col_places, true, 0, 1000);
        places.setData(PLACES, Boolean.TRUE);
        int c = communityName == null ? -1 : communities.indexOf(communityName);
        if (c >= 0) {
            community.select(c);
        }
        List<Ranking> ofCommunity = selection.rankings(round).stream().filter(k -> k.communityName().equals(communityName)).toList();
        rank.setText(String.valueOf(ofCommunity.stream().mapToInt(Ranking::communityRank).max().orElse(0) + 1));
        places.setText(String.valueOf(ofCommunity.isEmpty() ? selection.defaultPlaces() : ofCommunity.get(0).places()));
    }

    @Override
    protected void save() {
        selection.rank(round, community.getText(), project.getText(), FormBuilder.integerOf(rank).intValue(), FormBuilder.integerOf(places).intValue());
    }
}
