package org.jiedao.ui.internal.search;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Empty room in the top trim (tag {@code stretch}) that pushes the search field to the right. */
public final class TrimSpacer {

    @PostConstruct
    public void createControls(Composite parent) {
        // an empty label: no height of its own (an empty Composite would ask for 64 x 64)
        new Label(parent, SWT.NONE);
    }
}
