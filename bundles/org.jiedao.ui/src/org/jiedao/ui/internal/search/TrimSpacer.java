package org.jiedao.ui.internal.search;

import jakarta.annotation.PostConstruct;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** Empty room in the top trim (tag {@code stretch}) that pushes the search field to the right. */
public final class TrimSpacer {

    @PostConstruct
    public void createControls(Composite parent) {
        new Composite(parent, SWT.NONE).setSize(1, 1);
    }
}
