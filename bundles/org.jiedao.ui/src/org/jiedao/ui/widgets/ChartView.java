package org.jiedao.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.jfree.chart.swt.ChartComposite;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.ui.internal.dashboard.Charts;

/**
 * A bar, line or pie chart in a part, drawn exactly as the dashboard draws a
 * {@link WidgetData.Chart} (JFreeChart, a font with Chinese glyphs, the dashboard's colours), so a
 * module shows the same chart on its dashboard card and in its own part without JFreeChart code.
 *
 * <pre>
 * ChartView chart = new ChartView(parent, SWT.NONE);
 * chart.setChart(new WidgetData.Chart(WidgetData.Chart.Kind.BAR, List.of("A", "B"),
 *         List.of(new WidgetData.Series("人数", List.of(4, 9)))));
 * </pre>
 */
public final class ChartView extends Composite {

    private WidgetData.Chart data;

    public ChartView(Composite parent, int style) {
        super(parent, style);
        setLayout(new FillLayout());
    }

    /** Shows a chart (null: nothing). */
    public void setChart(WidgetData.Chart chart) {
        this.data = chart;
        for (Control child : getChildren()) {
            child.dispose();
        }
        if (chart != null) {
            // save, properties, print and zoom off, as on the dashboard (jfreechart-swt 1.0's "Save as" needs JFreeChart 1.0)
            new ChartComposite(this, SWT.NONE, Charts.create(chart, Charts.fontFamily(getDisplay())), 300, 160, 120, 80, 4000, 3000,
                    true, false, false, false, false, true);
        }
        layout(true);
    }

    /** @return the chart shown, or null */
    public WidgetData.Chart getChart() {
        return data;
    }
}
