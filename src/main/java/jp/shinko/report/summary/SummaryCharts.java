package jp.shinko.report.summary;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.List;
import jp.shinko.report.render.ReportFonts;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The summary's bar charts as PNG images, drawn with JFreeChart in the shipped Japanese font at
 * twice the size they are shown, so that they stay sharp in print.
 */
public final class SummaryCharts {

    /** Width and height at which the charts are laid out, in points. */
    public static final int WIDTH = 720;
    public static final int HEIGHT = 360;
    private static final int SCALE = 2;
    private static final Paint[] SERIES = {new Color(0x44, 0x72, 0xC4), new Color(0xED, 0x7D, 0x31),
        new Color(0x70, 0xAD, 0x47), new Color(0xFF, 0xC0, 0x00), new Color(0x5B, 0x9B, 0xD5),
        new Color(0xA5, 0xA5, 0xA5)};
    private static final Paint[] MARKS = {new Color(0x1F, 0x6F, 0xB4), new Color(0x8E, 0xC1, 0xE8),
        new Color(0xF0, 0x8A, 0x24), new Color(0xC7, 0xC7, 0xC7)};

    private SummaryCharts() {
    }

    /** Each measure (a year's budget or settlement) per top-level node, in thousand yen. */
    public static byte[] byNode(PlanSummary summary) {
        var data = new DefaultCategoryDataset();
        for (int m = 0; m < summary.measures().size(); m++) {
            for (var row : summary.byNode()) {
                var total = row.totals().get(m);
                data.addValue(total == null ? 0 : total, summary.measures().get(m).label(), row.label());
            }
        }
        var chart = bar(summary.topLevelName() + "別の金額（千円）", data, PlotOrientation.VERTICAL, false, SERIES);
        return png(chart, WIDTH, HEIGHT);
    }

    /** The evaluation marks per top-level node, stacked. */
    public static byte[] evaluations(PlanSummary summary) {
        var data = new DefaultCategoryDataset();
        for (int m = 0; m < summary.marks().size(); m++) {
            var series = summary.marks().get(m) + " " + summary.markLabels().get(m);
            for (var row : summary.evaluations()) {
                data.addValue(row.counts().get(m), series, row.label());
            }
        }
        var chart = bar(summary.topLevelName() + "別の事業評価（事業数）", data, PlotOrientation.VERTICAL, true, MARKS);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return png(chart, WIDTH, HEIGHT);
    }

    /** The last measure (the latest budget) of the organizations with the largest amounts. */
    public static byte[] byOrganization(PlanSummary summary, int count) {
        var data = new DefaultCategoryDataset();
        int last = summary.measures().size() - 1;
        List<SummaryRow> rows = summary.byOrganization().stream()
                .filter(r -> last >= 0 && r.totals().get(last) != null).limit(count).toList();
        for (var row : rows) {
            data.addValue(row.totals().get(last), summary.measures().get(last).label(), row.label());
        }
        var chart = bar("組織別の金額（上位" + rows.size() + "、千円）", data, PlotOrientation.HORIZONTAL, false, SERIES);
        chart.removeLegend();
        return png(chart, WIDTH, Math.max(HEIGHT, 60 + rows.size() * 22));
    }

    private static JFreeChart bar(String title, DefaultCategoryDataset data, PlotOrientation orientation,
                                  boolean stacked, Paint[] colors) {
        var plot = new CategoryPlot();
        plot.setDataset(data);
        plot.setDomainAxis(new org.jfree.chart.axis.CategoryAxis());
        var range = new NumberAxis();
        range.setNumberFormatOverride(new DecimalFormat("#,##0"));
        plot.setRangeAxis(range);
        plot.setOrientation(orientation);
        var renderer = stacked ? new org.jfree.chart.renderer.category.StackedBarRenderer() : new BarRenderer();
        plot.setRenderer(renderer);
        var chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme().apply(chart);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        for (int s = 0; s < data.getRowCount(); s++) {
            renderer.setSeriesPaint(s, colors[s % colors.length]);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD0, 0xD0));
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        if (orientation == PlotOrientation.VERTICAL && data.getColumnCount() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    private static StandardChartTheme theme() {
        var theme = new StandardChartTheme("shinko");
        theme.setExtraLargeFont(ReportFonts.gothic(Font.PLAIN, 15));
        theme.setLargeFont(ReportFonts.gothic(Font.PLAIN, 12));
        theme.setRegularFont(ReportFonts.gothic(Font.PLAIN, 11));
        theme.setSmallFont(ReportFonts.gothic(Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    private static byte[] png(JFreeChart chart, int width, int height) {
        var image = chart.createBufferedImage(width * SCALE, height * SCALE, width, height, null);
        try {
            return ChartUtils.encodeAsPNG(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
