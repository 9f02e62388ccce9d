package org.jiedao.ui.widgets;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.CellDisplayConversionUtils;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.AbstractCellPainter;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.CellStyleUtil;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.IStyle;
import org.eclipse.nebula.widgets.nattable.style.VerticalAlignmentEnum;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The body cells of a {@link RecordTable}: one line of text on the cell's background, aligned as its
 * column says, cut with "…" when it does not fit. NatTable's general text painter asks the font's
 * metrics and the text's width of the window system for every cell at every paint (on GTK each is a
 * Pango layout, the metrics with a sample of the locale's script); here a font's line height and a
 * text's width are asked once and remembered, so a paint mostly only draws. Cells are painted alike
 * otherwise (style from the cell's labels, selection colours included). UI thread only.
 */
final class RecordCellPainter extends AbstractCellPainter {

    /** Space left and right of the text, as NatTable's text painter leaves. */
    static final int SPACING = 5;
    private static final String ELLIPSIS = "…";
    /** Widths remembered per font (texts of a few screens of rows; the least recently used go first). */
    private static final int WIDTHS_KEPT = 8192;

    /**
     * Per font (by its description, not its handle: a disposed font's handle may come back as another font), the line height
     * and the widths of texts, shared by every table (painting happens on the one UI thread); a new table's first screen then
     * measures only the texts no table has shown.
     */
    private static final Map<String, Integer> LINE_HEIGHTS = new HashMap<>();
    private static final Map<String, Map<String, Integer>> WIDTHS = new HashMap<>();
    /** The description of each font this table has drawn with. */
    private final Map<Font, String> fontKeys = new java.util.IdentityHashMap<>();

    @Override
    public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry configRegistry) {
        IStyle style = CellStyleUtil.getCellStyle(cell, configRegistry);
        Color background = style.getAttributeValue(CellStyleAttributes.BACKGROUND_COLOR);
        if (background != null) {
            Color before = gc.getBackground();
            gc.setBackground(background);
            gc.fillRectangle(bounds);
            gc.setBackground(before);
        }
        String text = CellDisplayConversionUtils.convertDataType(cell, configRegistry);
        if (text == null || text.isEmpty() || bounds.width <= 2 * SPACING) {
            return;
        }
        Font font = style.getAttributeValue(CellStyleAttributes.FONT);
        if (font != null) {
            gc.setFont(font);
        }
        Color foreground = style.getAttributeValue(CellStyleAttributes.FOREGROUND_COLOR);
        if (foreground != null) {
            gc.setForeground(foreground);
        }
        Font used = gc.getFont();
        int available = bounds.width - 2 * SPACING;
        String shown = fit(gc, used, text.indexOf('\n') < 0 ? text : text.replace('\n', ' '), available);
        int width = width(gc, used, shown);
        int x = bounds.x + SPACING;
        HorizontalAlignmentEnum horizontal = style.getAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT);
        if (horizontal == HorizontalAlignmentEnum.RIGHT) {
            x = bounds.x + bounds.width - SPACING - width;
        } else if (horizontal == HorizontalAlignmentEnum.CENTER) {
            x = bounds.x + (bounds.width - width) / 2;
        }
        int height = lineHeight(gc, used);
        int y = bounds.y + (bounds.height - height) / 2;
        VerticalAlignmentEnum vertical = style.getAttributeValue(CellStyleAttributes.VERTICAL_ALIGNMENT);
        if (vertical == VerticalAlignmentEnum.TOP) {
            y = bounds.y;
        } else if (vertical == VerticalAlignmentEnum.BOTTOM) {
            y = bounds.y + bounds.height - height;
        }
        Rectangle clip = gc.getClipping();
        gc.setClipping(clip.intersection(bounds));
        gc.drawText(shown, x, y, SWT.DRAW_TRANSPARENT);
        gc.setClipping(clip);
    }

    /** The text, or its longest beginning that fits with "…" after it. */
    private String fit(GC gc, Font font, String text, int available) {
        if (width(gc, font, text) <= available) {
            return text;
        }
        int low = 0;
        int high = text.length() - 1;
        while (low < high) { // the longest prefix whose width with the ellipsis fits
            int middle = (low + high + 1) >>> 1;
            if (width(gc, font, text.substring(0, middle) + ELLIPSIS) <= available) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low == 0 ? ELLIPSIS : text.substring(0, low) + ELLIPSIS;
    }

    private int width(GC gc, Font font, String text) {
        Map<String, Integer> known = WIDTHS.computeIfAbsent(key(font), f -> new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
                return size() > WIDTHS_KEPT;
            }
        });
        Integer width = known.get(text);
        if (width == null) {
            width = gc.textExtent(text, SWT.DRAW_TRANSPARENT).x;
            known.put(text, width);
        }
        return width;
    }

    private int lineHeight(GC gc, Font font) {
        return LINE_HEIGHTS.computeIfAbsent(key(font), f -> gc.getFontMetrics().getHeight());
    }

    private String key(Font font) {
        return fontKeys.computeIfAbsent(font, f -> java.util.Arrays.toString(f.getFontData()));
    }

    @Override
    public int getPreferredWidth(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
        String text = CellDisplayConversionUtils.convertDataType(cell, configRegistry);
        Font font = CellStyleUtil.getCellStyle(cell, configRegistry).getAttributeValue(CellStyleAttributes.FONT);
        if (font != null) {
            gc.setFont(font);
        }
        return (text == null ? 0 : width(gc, gc.getFont(), text)) + 2 * SPACING;
    }

    @Override
    public int getPreferredHeight(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
        Font font = CellStyleUtil.getCellStyle(cell, configRegistry).getAttributeValue(CellStyleAttributes.FONT);
        if (font != null) {
            gc.setFont(font);
        }
        return lineHeight(gc, gc.getFont()) + 4;
    }
}
