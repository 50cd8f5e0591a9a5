package cn.liulin.enforcement.submissions;

/** One accepted row of a 历年执法数据 file. */
record YearlyCountRow(int rowNumber, String sectionCode, int year, MonthlyCounts counts) {
}
