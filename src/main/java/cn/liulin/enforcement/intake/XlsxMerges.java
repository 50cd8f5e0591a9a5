package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells merged down over rows in one sheet, so that a value merged down (one 统计月份 for
 * several sections' rows) counts for each row it covers, as the clerk who merged it
 * meant. A sheet lists its merges after its rows, so they are found by a quick scan of
 * the sheet's bytes before its rows are read. Merges one row high (titles, the plan's
 * two-level header groups) and wider than a few columns (a title block) are left alone.
 */
final class XlsxMerges {

    private static final int MAX_WIDTH = 3;

    private static final byte[] TAG = "<mergeCell ".getBytes(StandardCharsets.US_ASCII);

    private static final int MAX_MERGES = 100_000;

    private record Range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    private record Active(Range range, String top) {
    }

    private final List<Range> ranges;

    private final List<Active> active = new ArrayList<>();

    private int next;

    private XlsxMerges(List<Range> ranges) {
        this.ranges = ranges.stream().sorted(java.util.Comparator.comparingInt(Range::firstRow)).toList();
    }

    /**
     * Scans a sheet's XML for {@code <mergeCell ref="A3:A5"/>}; the stream is read to its
     * end and closed.
     */
    static XlsxMerges scan(InputStream sheet) throws IOException {
        List<Range> ranges = new ArrayList<>();
        try (sheet) {
            byte[] buffer = new byte[64 * 1024];
            StringBuilder tail = new StringBuilder();
            int matched = 0;
            boolean inTag = false;
            int n;
            while ((n = sheet.read(buffer)) > 0 && ranges.size() < MAX_MERGES) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (inTag) {
                        if (b == '>') {
                            add(tail.toString(), ranges);
                            tail.setLength(0);
                            inTag = false;
                        }
                        else if (tail.length() < 200) {
                            tail.append((char) (b & 0xFF));
                        }
                        continue;
                    }
                    matched = b == TAG[matched] ? matched + 1 : (b == TAG[0] ? 1 : 0);
                    if (matched == TAG.length) {
                        inTag = true;
                        matched = 0;
                    }
                }
            }
        }
        return new XlsxMerges(ranges);
    }

    private static void add(String attributes, List<Range> ranges) {
        int ref = attributes.indexOf("ref=\"");
        if (ref < 0) {
            return;
        }
        int end = attributes.indexOf('"', ref + 5);
        String[] corners = attributes.substring(ref + 5, end < 0 ? attributes.length() : end).split(":");
        if (corners.length != 2) {
            return;
        }
        int firstColumn = XlsxSheetHandler.column(corners[0]);
        int lastColumn = XlsxSheetHandler.column(corners[1]);
        int firstRow = row(corners[0]);
        int lastRow = row(corners[1]);
        if (firstColumn >= 0 && lastColumn >= firstColumn && lastColumn - firstColumn < MAX_WIDTH && firstRow > 0
                && lastRow > firstRow) {
            ranges.add(new Range(firstRow, lastRow, firstColumn, lastColumn));
        }
    }

    private static int row(String reference) {
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            i++;
        }
        try {
            return Integer.parseInt(reference.substring(i));
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Keeps the top value of each merge that starts on this row, and repeats it in the
     * rows below. Rows come in order, so only the merges around the current row are
     * looked at.
     */
    void fill(int rowNumber, List<String> cells) {
        while (next < ranges.size() && ranges.get(next).firstRow() <= rowNumber) {
            Range range = ranges.get(next++);
            if (range.firstRow() == rowNumber) {
                active.add(new Active(range, range.firstColumn() < cells.size() ? cells.get(range.firstColumn()) : ""));
            }
        }
        active.removeIf(merge -> merge.range().lastRow() < rowNumber);
        for (Active merge : active) {
            Range range = merge.range();
            if (rowNumber == range.firstRow()) {
                continue;
            }
            while (cells.size() <= range.lastColumn()) {
                cells.add("");
            }
            for (int column = range.firstColumn(); column <= range.lastColumn(); column++) {
                if (cells.get(column).isEmpty()) {
                    cells.set(column, merge.top());
                }
            }
        }
    }

}
