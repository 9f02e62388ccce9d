package org.jiedao.ui.internal.addons;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.jiedao.ui.internal.StartupMarker;
import org.osgi.service.event.Event;

/** Marks start-up complete when the workbench window is rendered (if the sign-in dialog has not already). */
public final class StartupMarkerAddon {

    @Inject
    @Optional
    void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
        StartupMarker.mark();
    }
}
