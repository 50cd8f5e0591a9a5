package cn.liulin.enforcement.reports.phase;

import java.util.List;

/**
 * One block of the phase summary: a title, a header row, value rows (label first) and a
 * closing text.
 */
record Block(String title, List<String> header, List<List<String>> rows, String text) {
}
