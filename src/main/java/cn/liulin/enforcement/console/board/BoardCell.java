package cn.liulin.enforcement.console.board;

import cn.liulin.enforcement.lateness.SubmissionStatus;
import cn.liulin.enforcement.submissions.SectionStatus;

/**
 * One square of the 报送看板: a section's standing for one month, as a clerk reads it at a
 * glance (a short word and a colour) and in full when pointing at it.
 *
 * @param status {@code ON_TIME}, {@code LATE}, {@code MISSING}, {@code PENDING}, or
 * {@code NONE} when the section need not report that month, or {@code FUTURE} for a month
 * still to come
 * @param css the class that colours it, explained in the legend
 */
record BoardCell(String status, String text, String css, int daysLate, boolean corrected, String title) {

    static final BoardCell NOT_REQUIRED = new BoardCell("NONE", "—", "none", 0, false, "该月无须报送");

    static final BoardCell TO_COME = new BoardCell("FUTURE", "", "future", 0, false, "");

    static BoardCell of(SectionStatus status) {
        SubmissionStatus verdict = status.lateness().status();
        String text = switch (verdict) {
            case ON_TIME -> "按时";
            case LATE -> "逾期" + status.lateness().daysLate() + "天";
            case MISSING -> "未报";
            case PENDING -> "未到期";
        };
        String css = switch (verdict) {
            case ON_TIME -> "on-time";
            case LATE -> "late";
            case MISSING -> "missing";
            case PENDING -> "pending";
        };
        return new BoardCell(verdict.name(), text + (status.corrected() ? "·更正" : ""),
                css + (status.corrected() ? " corrected" : ""), status.lateness().daysLate(), status.corrected(),
                status.verdict());
    }

}
