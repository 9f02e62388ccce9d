package org.jiedao.incubation.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.Records.Station;
import org.jiedao.incubation.Records.Versioned;
import org.jiedao.ui.widgets.FormBuilder;
import org.jiedao.ui.widgets.FormDialog;

/** 驿站 editor: a new station of a community, or a station's name, address, dates and guidance room. */
public final class StationDialog extends FormDialog {

    public static final String COMMUNITY = "org.jiedao.incubation.ui.station.community";
    public static final String NAME = "org.jiedao.incubation.ui.station.name";
    public static final String OPENED = "org.jiedao.incubation.ui.station.opened";

    private final IncubationRegistry registry;
    private final List<String> communities;
    private Versioned<Station> station;
    private Combo community;
    private Text name;
    private Text address;
    private Text opened;
    private Text closed;
    private Button guidance;

    /** @param station null for a new station */
    StationDialog(Shell shell, IncubationRegistry registry, List<String> communities, Versioned<Station> station) {
        super(shell, station == null ? Messages.Station_new : NLS.bind(Messages.Station_edit, station.record().name()),
                station == null ? Messages.Station_newMessage : NLS.bind(Messages.Station_editMessage, station.record().communityName()));
        this.registry = registry;
        this.communities = communities;
        this.station = station;
    }

    @Override
    protected void createFields(FormBuilder form) {
        if (station == null) {
            community = form.choice(Messages.Col_community, true, communities);
            community.setData(COMMUNITY, Boolean.TRUE);
        }
        name = form.text(Messages.Col_name, true);
        name.setData(NAME, Boolean.TRUE);
        address = form.text(Messages.Col_address, false);
        opened = form.date(Messages.Col_opened, true);
        opened.setData(OPENED, Boolean.TRUE);
        closed = form.date(Messages.Col_closed, false);
        guidance = form.check(Messages.Col_guidanceRoom);
        fill();
    }

    private void fill() {
        if (station == null) {
            FormBuilder.setDate(opened, LocalDate.now());
            guidance.setSelection(true);
            return;
        }
        Station s = station.record();
        name.setText(s.name());
        address.setText(s.address() == null ? "" : s.address());
        FormBuilder.setDate(opened, s.openedOn());
        FormBuilder.setDate(closed, s.closedOn());
        guidance.setSelection(s.guidanceRoom());
    }

    @Override
    protected void save() {
        if (station == null) {
            registry.addStation(community.getText(), name.getText(), address.getText(), FormBuilder.dateOf(opened), FormBuilder.dateOf(closed),
                    guidance.getSelection());
        } else {
            registry.updateStation(station.record().id(), station.version(), name.getText(), address.getText(), FormBuilder.dateOf(opened),
                    FormBuilder.dateOf(closed), guidance.getSelection());
        }
    }

    @Override
    protected void reload() {
        station = registry.station(station.record().id()).orElse(null);
        if (station == null) {
            cancelPressed();
        } else {
            fill();
        }
    }
}
