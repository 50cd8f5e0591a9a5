package cn.liulin.enforcement.intake;

import java.util.List;

/** Receives a table's rows one by one, numbered as Excel shows them (the first row is 1). */
@FunctionalInterface
interface RowSink {

    void row(int rowNumber, List<String> cells);
}
