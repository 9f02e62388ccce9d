package org.jiedao.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A report's content, independent of paper and screen: a title block, then headings, paragraphs,
 * key-value blocks (label and value pairs as on a handling form 办理单), tables and signature
 * lines, in order. The platform lays it out on pages (long tables break across pages and repeat
 * their header row), numbers the pages and renders them to the preview, the printer or PDF.
 * Immutable; made with {@link #builder(String)}.
 *
 * <pre>
 * ReportDocument.builder("组织单位名册")
 *         .subtitle("沧浪街道")
 *         .meta("打印人：王五", "打印时间：2021-06-15 10:30")
 *         .table(List.of("代码", "名称"), new float[] { 1, 2 }, rows)
 *         .signatures("制表人", "审核人")
 *         .build();
 * </pre>
 */
public final class ReportDocument {

    /** Paper sizes, in PostScript points (1/72 inch). */
    public enum PageSize {
        A4_PORTRAIT(595.28f, 841.89f),
        A4_LANDSCAPE(841.89f, 595.28f);

        private final float width;
        private final float height;

        PageSize(float width, float height) {
            this.width = width;
            this.height = height;
        }

        /** @return the width in points */
        public float width() {
            return width;
        }

        /** @return the height in points */
        public float height() {
            return height;
        }
    }

    /** One part of the body. */
    public sealed interface Block permits Heading, Paragraph, KeyValues, Table, Signatures {
    }

    /** A section heading. */
    public record Heading(String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph, wrapped to the page width (line breaks in the text are kept). */
    public record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** One label and its value. */
    public record KeyValue(String label, String value) {
        public KeyValue {
            Objects.requireNonNull(label, "label");
            value = value == null ? "" : value;
        }
    }

    /**
     * Label and value pairs in a ruled grid, {@code columns} pairs per row (a handling form).
     */
    public record KeyValues(List<KeyValue> entries, int columns) implements Block {
        public KeyValues {
            entries = List.copyOf(entries);
            if (columns < 1) {
                throw new IllegalArgumentException("columns < 1");
            }
        }
    }

    /**
     * A ruled table. Column widths are proportional to {@code weights}; cells wrap. A table longer
     * than a page continues on the next one under a repeated header row.
     */
    public record Table(List<String> headers, List<Float> weights, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            weights = List.copyOf(weights);
            if (weights.size() != headers.size()) {
                throw new IllegalArgumentException("one weight per column: " + headers.size() + " columns, " + weights.size() + " weights");
            }
            List<List<String>> copy = new ArrayList<>(rows.size());
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("row with " + row.size() + " cells in a table of " + headers.size() + " columns");
                }
                copy.add(row.stream().map(c -> c == null ? "" : c).toList());
            }
            rows = List.copyOf(copy);
        }
    }

    /** Signature lines side by side ("经办人：________"), at the end of a form. */
    public record Signatures(List<String> labels) implements Block {
        public Signatures {
            labels = List.copyOf(labels);
        }
    }

    private final String title;
    private final String subtitle;
    private final List<String> meta;
    private final List<Block> blocks;
    private final PageSize pageSize;

    private ReportDocument(Builder builder) {
        this.title = builder.title;
        this.subtitle = builder.subtitle;
        this.meta = List.copyOf(builder.meta);
        this.blocks = List.copyOf(builder.blocks);
        this.pageSize = builder.pageSize;
    }

    /** @return a builder for a document with this title */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** @return the title, printed large at the top of the first page */
    public String title() {
        return title;
    }

    /** @return the subtitle under the title, or an empty string */
    public String subtitle() {
        return subtitle;
    }

    /** @return the meta lines under the title (who printed it, when, for which unit) */
    public List<String> meta() {
        return meta;
    }

    /** @return the body, in order */
    public List<Block> blocks() {
        return blocks;
    }

    /** @return the paper size and orientation */
    public PageSize pageSize() {
        return pageSize;
    }

    /** Makes a {@link ReportDocument}. */
    public static final class Builder {
        private final String title;
        private String subtitle = "";
        private final List<String> meta = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        private PageSize pageSize = PageSize.A4_PORTRAIT;

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        public Builder subtitle(String text) {
            this.subtitle = text == null ? "" : text;
            return this;
        }

        /** Adds meta lines (e.g. 打印人：王五, 打印时间：…, 单位：沧浪街道). */
        public Builder meta(String... lines) {
            meta.addAll(Arrays.asList(lines));
            return this;
        }

        public Builder pageSize(PageSize size) {
            this.pageSize = Objects.requireNonNull(size, "size");
            return this;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Paragraph(text));
            return this;
        }

        /** Adds a key-value block, {@code columns} pairs per row. */
        public Builder keyValues(int columns, List<KeyValue> entries) {
            blocks.add(new KeyValues(entries, columns));
            return this;
        }

        /** Adds a table; {@code weights} gives each column's relative width. */
        public Builder table(List<String> headers, float[] weights, List<List<String>> rows) {
            List<Float> w = new ArrayList<>(weights.length);
            for (float f : weights) {
                w.add(f);
            }
            blocks.add(new Table(headers, w, rows));
            return this;
        }

        public Builder signatures(String... labels) {
            blocks.add(new Signatures(Arrays.asList(labels)));
            return this;
        }

        public ReportDocument build() {
            return new ReportDocument(this);
        }
    }
}
