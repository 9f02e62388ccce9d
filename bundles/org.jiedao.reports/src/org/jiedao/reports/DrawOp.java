package org.jiedao.reports;

/**
 * One drawing operation of a laid-out page, in PostScript points (1/72 inch) from the page's
 * top-left corner. Renderers (PDF, the SWT preview, the printer) draw these and nothing else, so
 * the three look the same.
 */
public sealed interface DrawOp permits DrawOp.Text, DrawOp.Line, DrawOp.Rect {

    /**
     * A run of text on one line.
     *
     * @param x        left edge
     * @param baseline the baseline's distance from the top of the page
     * @param size     font size in points
     * @param bold     whether bold
     * @param width    the run's width as measured with the report font
     * @param text     the characters (all of them present in the report font)
     */
    record Text(float x, float baseline, float size, boolean bold, float width, String text) implements DrawOp {
    }

    /** A straight line of {@code width} points. */
    record Line(float x1, float y1, float x2, float y2, float width) implements DrawOp {
    }

    /**
     * A rectangle.
     *
     * @param fillGray grey level of the fill, 0 black to 1 white; negative for no fill
     * @param stroke   border width; 0 for no border
     */
    record Rect(float x, float y, float width, float height, float fillGray, float stroke) implements DrawOp {
    }
}
