package cn.liulin.enforcement.submissions;

import static cn.liulin.enforcement.submissions.MonthlyCountColumns.PAIRS;

import java.util.OptionalInt;

import cn.liulin.enforcement.intake.CellValues;
import cn.liulin.enforcement.intake.IntakeErrors;
import cn.liulin.enforcement.intake.Row;

/**
 * Reads the six counts of a row, monthly or yearly alike: whole numbers, each 涉企 part
 * within its 合计.
 */
final class SixCounts {

    private SixCounts() {
    }

    /** The counts, or null when any is wrong (each error is reported). */
    static MonthlyCounts read(Row row, IntakeErrors errors) {
        int before = errors.count();
        int[] counts = new int[6];
        int i = 0;
        for (var pair : PAIRS) {
            OptionalInt total = CellValues.count(row, pair.get(0), errors);
            OptionalInt enterprise = CellValues.count(row, pair.get(1), errors);
            if (total.isPresent() && enterprise.isPresent() && enterprise.getAsInt() > total.getAsInt()) {
                errors.add(row, pair.get(1), pair.get(1) + "（" + enterprise.getAsInt() + "）不能大于" + pair.get(0) + "（"
                        + total.getAsInt() + "）：涉企件数是合计的一部分");
            }
            counts[i++] = total.orElse(0);
            counts[i++] = enterprise.orElse(0);
        }
        return errors.count() > before ? null
                : new MonthlyCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

}
