package org.sicredit.benchmarks;

import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The growth plots, drawn by XChart to PNG: records in the table on a logarithmic x axis, so 1k, 10k, 100k and 1M
 * stand evenly apart and a line that stays level means a cost that does not grow. English labels: the machines that
 * draw them have no CJK fonts.
 */
final class BenchPlots {

    /** A line: its name, its colour, whether it is dashed (a p99 beside its p50), and its points by size. */
    record Line(String name, int colour, boolean dashed, Map<Long, Double> points) {
    }

    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e)};

    private BenchPlots() {
    }

    static void draw(Path png, String title, String yAxis, boolean logarithmicY, List<Line> lines) throws IOException {
        XYChart chart = new XYChartBuilder().width(900).height(520).title(title)
                .xAxisTitle("records in the table").yAxisTitle(yAxis).build();
        XYStyler styler = chart.getStyler();
        styler.setXAxisLogarithmic(true);
        styler.setYAxisLogarithmic(logarithmicY);
        styler.setXAxisDecimalPattern("#,###");
        styler.setYAxisDecimalPattern("#,###.#");
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setChartBackgroundColor(Color.WHITE);
        for (Line line : lines) {
            if (line.points().isEmpty()) {
                continue;
            }
            double[] x = line.points().keySet().stream().mapToDouble(Long::doubleValue).toArray();
            double[] y = line.points().values().stream().mapToDouble(Double::doubleValue).toArray();
            XYSeries series = chart.addSeries(line.name(), x, y);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setLineColor(PALETTE[line.colour() % PALETTE.length]);
            series.setMarkerColor(PALETTE[line.colour() % PALETTE.length]);
            if (line.dashed()) {
                series.setLineStyle(SeriesLines.DASH_DASH);
            }
        }
        try (OutputStream out = Files.newOutputStream(png)) {
            ChartEncoder.saveChart(chart, out, "png");
        }
    }
}
