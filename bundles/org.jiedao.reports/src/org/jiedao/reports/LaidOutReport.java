package org.jiedao.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A report on pages, ready to draw.
 *
 * @param title      the document's title (PDF metadata, print job name)
 * @param pageWidth  in points
 * @param pageHeight in points
 * @param pages      the pages in order, each a list of drawing operations
 * @param fontFile   the TrueType font the text was measured with (the preview loads it too)
 * @param fontFamily that font's family name
 */
public record LaidOutReport(String title, float pageWidth, float pageHeight, List<List<DrawOp>> pages, Path fontFile,
        String fontFamily) {

    public LaidOutReport {
        Objects.requireNonNull(title, "title");
        pages = pages.stream().map(List::copyOf).toList();
        Objects.requireNonNull(fontFile, "fontFile");
        Objects.requireNonNull(fontFamily, "fontFamily");
    }

    /** @return the number of pages */
    public int pageCount() {
        return pages.size();
    }
}
