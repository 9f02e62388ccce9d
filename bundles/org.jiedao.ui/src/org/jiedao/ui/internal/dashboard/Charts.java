package org.jiedao.ui.internal.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.widgets.Display;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jiedao.core.dashboard.WidgetData;

/**
 * Turns a {@link WidgetData.Chart} into a JFreeChart, drawn into SWT by {@code ChartComposite}.
 * Every text of the chart uses a font that has Chinese glyphs. Dashboard cards and
 * {@link org.jiedao.ui.widgets.ChartView} (for parts) draw through it.
 */
public final class Charts {

    static {
        // SWT draws the charts (through SWTGraphics2D); AWT only measures text and holds shapes. In
        // headless mode AWT never opens an X11 toolkit of its own beside GTK (and a JRE without the
        // AWT X11 library works). The launcher and the test runtime set it too; this covers other launches.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Font families with Chinese glyphs, best first (Debian: fonts-noto-cjk). */
    private static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei", "Noto Sans CJK JP");

    private static final Color[] PALETTE = { new Color(0x2F6FB2), new Color(0xE08A2E), new Color(0x3C9A5F),
            new Color(0xC0504D), new Color(0x8064A2), new Color(0x4BACC6), new Color(0x9B8B3A), new Color(0x7F7F7F) };

    private static volatile String family;

    private Charts() {
    }

    /** @return the font family for chart texts: a CJK family AWT knows, else the SWT system font's */
    public static String fontFamily(Display display) {
        String f = family;
        if (f == null) {
            Set<String> available = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
            f = CJK_FAMILIES.stream().filter(available::contains).findFirst()
                    .orElse(display.getSystemFont().getFontData()[0].getName());
            family = f;
        }
        return f;
    }

    public static JFreeChart create(WidgetData.Chart data, String fontFamily) {
        JFreeChart chart;
        if (data.kind() == WidgetData.Chart.Kind.PIE) {
            DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
            WidgetData.Series first = data.series().get(0);
            for (int i = 0; i < data.categories().size(); i++) {
                dataset.setValue(data.categories().get(i), first.values().get(i));
            }
            chart = ChartFactory.createPieChart(null, dataset, true, true, false);
        } else {
            DefaultCategoryDataset dataset = new DefaultCategoryDataset();
            for (WidgetData.Series series : data.series()) {
                for (int i = 0; i < data.categories().size(); i++) {
                    dataset.addValue(series.values().get(i), series.name(), data.categories().get(i));
                }
            }
            chart = data.kind() == WidgetData.Chart.Kind.BAR ? ChartFactory.createBarChart(null, null, null, dataset)
                    : ChartFactory.createLineChart(null, null, null, dataset);
        }
        theme(fontFamily).apply(chart);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            if (data.series().size() == 1) {
                chart.removeLegend();
            }
            if (integral(data)) {
                ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
            for (int i = 0; i < data.series().size(); i++) {
                plot.getRenderer().setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            }
            if (plot.getRenderer() instanceof BarRenderer bars) {
                bars.setMaximumBarWidth(0.12);
            }
            if (plot.getRenderer() instanceof LineAndShapeRenderer lines) {
                lines.setDefaultShapesVisible(true);
                for (int i = 0; i < data.series().size(); i++) {
                    lines.setSeriesStroke(i, new BasicStroke(2f));
                }
            }
        } else if (chart.getPlot() instanceof PiePlot<?> pie) {
            for (int i = 0; i < data.categories().size(); i++) {
                pie.setSectionPaint(data.categories().get(i), PALETTE[i % PALETTE.length]);
            }
            pie.setOutlineVisible(false);
            pie.setShadowPaint(null);
        }
        return chart;
    }

    private static boolean integral(WidgetData.Chart data) {
        return data.series().stream().flatMap(s -> s.values().stream())
                .allMatch(n -> n.doubleValue() == Math.rint(n.doubleValue()));
    }

    private static StandardChartTheme theme(String fontFamily) {
        StandardChartTheme theme = new StandardChartTheme("Jiedao");
        theme.setExtraLargeFont(new Font(fontFamily, Font.BOLD, 16));
        theme.setLargeFont(new Font(fontFamily, Font.BOLD, 13));
        theme.setRegularFont(new Font(fontFamily, Font.PLAIN, 12));
        theme.setSmallFont(new Font(fontFamily, Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xDDDDDD));
        theme.setRangeGridlinePaint(new Color(0xDDDDDD));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }
}
