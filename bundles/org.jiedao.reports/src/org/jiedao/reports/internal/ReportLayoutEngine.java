package org.jiedao.reports.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportDocument.Block;
import org.jiedao.core.report.ReportDocument.Heading;
import org.jiedao.core.report.ReportDocument.KeyValue;
import org.jiedao.core.report.ReportDocument.KeyValues;
import org.jiedao.core.report.ReportDocument.Paragraph;
import org.jiedao.core.report.ReportDocument.Signatures;
import org.jiedao.core.report.ReportDocument.Table;
import org.jiedao.reports.DrawOp;
import org.jiedao.reports.LaidOutReport;

/**
 * Lays a {@link ReportDocument} out on pages: flows the blocks top to bottom, wraps text with the
 * font's real advance widths, breaks tables between rows (repeating the header row on each new
 * page), keeps a heading with what follows, and numbers the pages ("第 1 页 / 共 3 页").
 */
public final class ReportLayoutEngine {

    static final float MARGIN = 50;
    static final float FOOTER = 30;
    static final float TITLE = 18;
    static final float SUBTITLE = 12;
    static final float META = 9;
    static final float HEADING = 13;
    static final float BODY = 10.5f;
    static final float CELL = 9.5f;
    static final float PAD = 3;
    static final float LEADING = 1.45f;
    static final float HEADER_GRAY = 0.88f;
    static final float LABEL_GRAY = 0.94f;
    static final float RULE = 0.6f;

    private final ReportFont font;
    private final float pageWidth;
    private final float pageHeight;
    private final float contentWidth;
    private final List<List<DrawOp>> pages = new ArrayList<>();
    private List<DrawOp> page;
    private float y;

    private ReportLayoutEngine(ReportFont font, ReportDocument.PageSize size) {
        this.font = font;
        this.pageWidth = size.width();
        this.pageHeight = size.height();
        this.contentWidth = pageWidth - 2 * MARGIN;
    }

    /** @return the document on pages */
    public static LaidOutReport layout(ReportDocument document, ReportFont font) {
        ReportLayoutEngine engine = new ReportLayoutEngine(font, document.pageSize());
        engine.run(document);
        return new LaidOutReport(document.title(), engine.pageWidth, engine.pageHeight, engine.pages, font.file(), font.family());
    }

    private void run(ReportDocument document) {
        newPage();
        for (String line : wrap(document.title(), TITLE, true, contentWidth)) {
            centered(line, TITLE, true);
        }
        if (!document.subtitle().isEmpty()) {
            for (String line : wrap(document.subtitle(), SUBTITLE, false, contentWidth)) {
                centered(line, SUBTITLE, false);
            }
        }
        if (!document.meta().isEmpty()) {
            y += 4;
            for (String line : wrap(String.join("\u3000\u3000", document.meta()), META, false, contentWidth)) {
                ensure(lineHeight(META));
                text(MARGIN, line, META, false);
                y += lineHeight(META);
            }
        }
        y += 3;
        page.add(new DrawOp.Line(MARGIN, y, pageWidth - MARGIN, y, 0.8f));
        y += 10;
        for (Block block : document.blocks()) {
            if (block instanceof Heading heading) {
                heading(heading);
            } else if (block instanceof Paragraph paragraph) {
                paragraph(paragraph);
            } else if (block instanceof KeyValues keyValues) {
                keyValues(keyValues);
            } else if (block instanceof Table table) {
                table(table);
            } else if (block instanceof Signatures signatures) {
                signatures(signatures);
            }
        }
        numberPages();
    }

    private void heading(Heading heading) {
        List<String> lines = wrap(heading.text(), HEADING, true, contentWidth);
        y += 6;
        // keep the heading with at least one line of what follows
        ensure(lines.size() * lineHeight(HEADING) + lineHeight(BODY));
        for (String line : lines) {
            text(MARGIN, line, HEADING, true);
            y += lineHeight(HEADING);
        }
        y += 2;
    }

    private void paragraph(Paragraph paragraph) {
        for (String line : wrap(paragraph.text(), BODY, false, contentWidth)) {
            ensure(lineHeight(BODY));
            text(MARGIN, line, BODY, false);
            y += lineHeight(BODY);
        }
        y += 6;
    }

    private void keyValues(KeyValues block) {
        int columns = block.columns();
        float pairWidth = contentWidth / columns;
        float labelWidth = Math.min(pairWidth * 0.38f, 110);
        float valueWidth = pairWidth - labelWidth;
        List<KeyValue> entries = block.entries();
        for (int start = 0; start < entries.size(); start += columns) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < columns; c++) {
                KeyValue entry = start + c < entries.size() ? entries.get(start + c) : null;
                List<String> label = entry == null ? List.of("") : wrap(entry.label(), CELL, true, labelWidth - 2 * PAD);
                List<String> value = entry == null ? List.of("") : wrap(entry.value(), CELL, false, valueWidth - 2 * PAD);
                cells.add(label);
                cells.add(value);
                lines = Math.max(lines, Math.max(label.size(), value.size()));
            }
            float height = lines * lineHeight(CELL) + 2 * PAD;
            ensure(height);
            float x = MARGIN;
            for (int i = 0; i < cells.size(); i++) {
                boolean isLabel = i % 2 == 0;
                float w = isLabel ? labelWidth : valueWidth;
                page.add(new DrawOp.Rect(x, y, w, height, isLabel ? LABEL_GRAY : -1, RULE));
                cell(x, cells.get(i), CELL, isLabel);
                x += w;
            }
            y += height;
        }
        y += 8;
    }

    private void table(Table table) {
        int n = table.headers().size();
        float total = 0;
        for (float w : table.weights()) {
            total += w;
        }
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            widths[i] = contentWidth * table.weights().get(i) / total;
        }
        List<List<String>> header = wrapRow(table.headers(), widths, true);
        float headerHeight = rowHeight(header);
        ensure(headerHeight + lineHeight(CELL) + 2 * PAD);
        row(header, widths, headerHeight, true);
        for (List<String> cells : table.rows()) {
            List<List<String>> wrapped = wrapRow(cells, widths, false);
            float height = rowHeight(wrapped);
            if (y + height > bottom()) {
                newPage();
                row(header, widths, headerHeight, true);
            }
            row(wrapped, widths, height, false);
        }
        y += 8;
    }

    private List<List<String>> wrapRow(List<String> cells, float[] widths, boolean bold) {
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            wrapped.add(wrap(cells.get(i), CELL, bold, widths[i] - 2 * PAD));
        }
        return wrapped;
    }

    private float rowHeight(List<List<String>> cells) {
        int lines = 1;
        for (List<String> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        // a row taller than a page is cut at the page's height
        return Math.min(lines * lineHeight(CELL) + 2 * PAD, bottom() - MARGIN - lineHeight(CELL) * 3);
    }

    private void row(List<List<String>> cells, float[] widths, float height, boolean header) {
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            page.add(new DrawOp.Rect(x, y, widths[i], height, header ? HEADER_GRAY : -1, RULE));
            cell(x, cells.get(i), CELL, header);
            x += widths[i];
        }
        y += height;
    }

    private void cell(float x, List<String> lines, float size, boolean bold) {
        float top = y + PAD;
        for (String line : lines) {
            if (top + lineHeight(size) > bottom() + 0.01f) {
                break;
            }
            if (!line.isEmpty()) {
                page.add(new DrawOp.Text(x + PAD, top + baseline(size), size, bold, width(line, size, bold), line));
            }
            top += lineHeight(size);
        }
    }

    private void signatures(Signatures signatures) {
        int n = Math.max(1, signatures.labels().size());
        float slot = contentWidth / n;
        float height = lineHeight(BODY) * 2.5f;
        ensure(height);
        y += lineHeight(BODY);
        float x = MARGIN;
        for (String label : signatures.labels()) {
            String text = font.printable(label) + "\uff1a";
            float w = width(text, BODY, false);
            page.add(new DrawOp.Text(x, y + baseline(BODY), BODY, false, w, text));
            float lineEnd = x + slot - 16;
            page.add(new DrawOp.Line(x + w + 2, y + lineHeight(BODY) - 1, lineEnd, y + lineHeight(BODY) - 1, RULE));
            x += slot;
        }
        y += height - lineHeight(BODY);
    }

    private void numberPages() {
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            String text = font.printable(NLS.bind(Messages.Report_pageOf, i + 1, total));
            float w = width(text, META, false);
            pages.get(i).add(new DrawOp.Text((pageWidth - w) / 2, pageHeight - FOOTER, META, false, w, text));
        }
    }

    private void centered(String line, float size, boolean bold) {
        ensure(lineHeight(size));
        float w = width(line, size, bold);
        page.add(new DrawOp.Text((pageWidth - w) / 2, y + baseline(size), size, bold, w, line));
        y += lineHeight(size);
    }

    private void text(float x, String line, float size, boolean bold) {
        if (!line.isEmpty()) {
            page.add(new DrawOp.Text(x, y + baseline(size), size, bold, width(line, size, bold), line));
        }
    }

    private List<String> wrap(String text, float size, boolean bold, float width) {
        return TextWrapper.wrap(font.printable(text), width, s -> width(s, size, bold));
    }

    /** Bold is drawn with a thin outline around the glyphs, a little wider than regular. */
    private float width(String text, float size, boolean bold) {
        return font.width(text, size) + (bold ? text.length() * size * 0.03f : 0);
    }

    private float baseline(float size) {
        return (lineHeight(size) - size) / 2 + font.ascent(size) * 0.95f;
    }

    private static float lineHeight(float size) {
        return size * LEADING;
    }

    private float bottom() {
        return pageHeight - MARGIN;
    }

    private void ensure(float height) {
        if (y + height > bottom() && y > MARGIN + 0.01f) {
            newPage();
        }
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = MARGIN;
    }
}
