package org.jiedao.safety.ui.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A row of photo thumbnails (at most {@value #SIZE} pixels a side), made from the photos' bytes; the images go with the row. */
final class Thumbnails {

    static final int SIZE = 96;
    /** Widget data key of each thumbnail label: the photo's file name, for tests. */
    static final String PHOTO = "safety.photo";

    private final Composite row;
    private final List<Image> images = new ArrayList<>();

    Thumbnails(Composite parent) {
        row = new Composite(parent, SWT.NONE);
        RowLayoutFactory.fillDefaults().spacing(6).wrap(true).applyTo(row);
        row.addListener(SWT.Dispose, e -> clear());
    }

    Composite control() {
        return row;
    }

    /** Shows these photos (name and bytes), replacing the ones shown. */
    void show(List<String> names, List<byte[]> contents) {
        clear();
        for (int i = 0; i < names.size(); i++) {
            Label label = new Label(row, SWT.BORDER);
            label.setData(PHOTO, names.get(i));
            label.setToolTipText(names.get(i));
            Image image = thumbnail(row, contents.get(i));
            if (image == null) {
                label.setText(names.get(i));
            } else {
                images.add(image);
                label.setImage(image);
            }
        }
        row.getParent().layout(true, true);
    }

    void clear() {
        for (var child : row.getChildren()) {
            child.dispose();
        }
        images.forEach(Image::dispose);
        images.clear();
    }

    /** @return the photo scaled to fit {@value #SIZE} pixels, or null when SWT cannot read it */
    static Image thumbnail(Composite parent, byte[] content) {
        try {
            ImageData data = new ImageData(new ByteArrayInputStream(content));
            double scale = Math.min(1.0, (double) SIZE / Math.max(data.width, data.height));
            return new Image(parent.getDisplay(), data.scaledTo(Math.max(1, (int) (data.width * scale)), Math.max(1, (int) (data.height * scale))));
        } catch (SWTException e) {
            return null;
        }
    }
}
