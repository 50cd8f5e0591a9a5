package cn.liulin.enforcement.console.board;

import java.util.ArrayList;
import java.util.List;

/**
 * 报送率 and 及时率 over a year as a line chart the server draws (SVG): no script, readable at
 * a glance, the same on a phone. Months without figures leave a gap.
 */
record RateChart(int width, int height, List<String> completeness, List<String> timeliness, List<Tick> ticks,
        List<Dot> dots) {

    static final int WIDTH = 640;

    static final int HEIGHT = 220;

    private static final int LEFT = 40;

    private static final int TOP = 16;

    private static final int PLOT_HEIGHT = 160;

    private static final int STEP = (WIDTH - LEFT - 20) / 11;

    /** A month's label under the axis. */
    record Tick(int x, int y, String label) {
    }

    /** A point with its value, which a pointer shows. */
    record Dot(int x, int y, String css, String title) {
    }

    static RateChart of(List<MonthRates> months) {
        List<String> completeness = new ArrayList<>();
        List<String> timeliness = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        StringBuilder c = new StringBuilder();
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            MonthRates month = months.get(i);
            int x = LEFT + i * STEP;
            ticks.add(new Tick(x, TOP + PLOT_HEIGHT + 18, (i + 1) + "月"));
            if (!month.computed()) {
                flush(completeness, c);
                flush(timeliness, t);
                continue;
            }
            int yc = y(month.completenessValue());
            int yt = y(month.timelinessValue());
            c.append(x).append(',').append(yc).append(' ');
            t.append(x).append(',').append(yt).append(' ');
            dots.add(new Dot(x, yc, "completeness", (i + 1) + "月 报送率 " + month.completeness()));
            dots.add(new Dot(x, yt, "timeliness", (i + 1) + "月 及时率 " + month.timeliness()));
        }
        flush(completeness, c);
        flush(timeliness, t);
        return new RateChart(WIDTH, HEIGHT, completeness, timeliness, ticks, dots);
    }

    /** The horizontal lines at 0, 50 and 100%. */
    public List<Tick> grid() {
        return List.of(new Tick(LEFT, y(100), "100%"), new Tick(LEFT, y(50), "50%"), new Tick(LEFT, y(0), "0%"));
    }

    public int right() {
        return LEFT + 11 * STEP;
    }

    private static int y(double percent) {
        return TOP + (int) Math.round(PLOT_HEIGHT * (100 - percent) / 100);
    }

    private static void flush(List<String> lines, StringBuilder points) {
        if (!points.isEmpty()) {
            lines.add(points.toString().strip());
            points.setLength(0);
        }
    }

}
