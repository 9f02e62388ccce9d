package org.jiedao.ui.internal.reports;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.jiedao.reports.DrawOp;
import org.jiedao.reports.LaidOutReport;

/**
 * Draws a laid-out page with SWT on any device (screen or printer) from the same drawing
 * operations the PDF is made of, with the report's own font (loaded from its file, so the
 * preview shows the glyphs the PDF embeds). Fonts and colours are made once per size and
 * disposed with the painter.
 */
final class ReportPainter implements AutoCloseable {

    private final Device device;
    private final String family;
    private final Map<String, Font> fonts = new HashMap<>();
    private final Map<Integer, Color> grays = new HashMap<>();

    ReportPainter(Device device, LaidOutReport report) {
        this.device = device;
        Path file = report.fontFile();
        boolean loaded = device.loadFont(file.toString());
        this.family = loaded ? report.fontFamily() : device.getSystemFont().getFontData()[0].getName();
    }

    /**
     * @param scale device pixels per point
     * @param x     left edge of the page on the device
     * @param y     top edge of the page on the device
     */
    void paint(GC gc, List<DrawOp> ops, float scale, int x, int y) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setForeground(device.getSystemColor(SWT.COLOR_BLACK));
        for (DrawOp op : ops) {
            if (op instanceof DrawOp.Rect rect) {
                int rx = x + Math.round(rect.x() * scale);
                int ry = y + Math.round(rect.y() * scale);
                int rw = Math.round(rect.width() * scale);
                int rh = Math.round(rect.height() * scale);
                if (rect.fillGray() >= 0) {
                    gc.setBackground(gray(rect.fillGray()));
                    gc.fillRectangle(rx, ry, rw, rh);
                }
                if (rect.stroke() > 0) {
                    gc.setLineWidth(Math.max(1, Math.round(rect.stroke() * scale)));
                    gc.drawRectangle(rx, ry, rw, rh);
                }
            } else if (op instanceof DrawOp.Line line) {
                gc.setLineWidth(Math.max(1, Math.round(line.width() * scale)));
                gc.drawLine(x + Math.round(line.x1() * scale), y + Math.round(line.y1() * scale),
                        x + Math.round(line.x2() * scale), y + Math.round(line.y2() * scale));
            }
        }
        float dpi = device.getDPI().y;
        for (DrawOp op : ops) {
            if (op instanceof DrawOp.Text text) {
                // SWT font heights are in points of the device: size * scale pixels = height * dpi / 72
                gc.setFont(font(text.size() * scale * 72f / dpi, text.bold()));
                int ascent = gc.getFontMetrics().getAscent() + gc.getFontMetrics().getLeading();
                gc.drawString(text.text(), x + Math.round(text.x() * scale), y + Math.round(text.baseline() * scale) - ascent, true);
            }
        }
    }

    private Font font(float points, boolean bold) {
        int height = Math.max(1, Math.round(points));
        return fonts.computeIfAbsent(height + (bold ? "b" : ""), key -> new Font(device, family, height, bold ? SWT.BOLD : SWT.NORMAL));
    }

    private Color gray(float level) {
        int v = Math.round(level * 255);
        return grays.computeIfAbsent(v, key -> new Color(device, new RGB(v, v, v)));
    }

    @Override
    public void close() {
        fonts.values().forEach(Font::dispose);
        grays.values().forEach(Color::dispose);
    }
}
