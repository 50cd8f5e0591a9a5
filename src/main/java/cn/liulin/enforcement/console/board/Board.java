package cn.liulin.enforcement.console.board;

import java.time.YearMonth;
import java.util.List;

/**
 * The 报送看板 of one year as a page shows it: a page of sections by twelve months, every
 * month's rates, and the chart of them.
 *
 * @param sections how many sections the viewer sees that year, over all pages
 */
record Board(int year, List<Integer> years, List<YearMonth> months, List<Row> rows, List<MonthRates> rates,
        RateChart chart, int page, int pages, int sections) {

    /** One section's line. */
    record Row(String code, String name, List<BoardCell> cells) {
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

}
