package cn.liulin.enforcement.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of file for testing the common intake: the monthly-count columns, each row kept
 * as read.
 */
class RecordingIntake implements KindIntake<Map<String, String>> {

    @Override
    public FileKind kind() {
        return new FileKind("MONTHLY_COUNTS", "月度执法数据", java.util.List.of(), false, null);
    }

    @Override
    public List<ColumnSpec> columns() {
        return List.of(ColumnSpec.required("股室"), ColumnSpec.required("统计月份"), ColumnSpec.required("行政检查合计"),
                ColumnSpec.required("涉企行政检查"), ColumnSpec.optional("备注"));
    }

    @Override
    public RowRules<Map<String, String>> rules(Instant receivedAt) {
        return (row, errors) -> {
            if (row.get("股室").equals("坏")) {
                errors.add(row, "股室", "坏行");
                return Optional.empty();
            }
            return Optional.of(row.cells());
        };
    }

    @Override
    public int load(List<Map<String, String>> records, long fileId, Instant receivedAt) {
        return records.size();
    }

    @Override
    public List<String> describe(long fileId) {
        return List.of();
    }

}
