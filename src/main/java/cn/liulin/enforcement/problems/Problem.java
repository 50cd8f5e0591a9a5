package cn.liulin.enforcement.problems;

import java.time.LocalDate;

import cn.liulin.enforcement.intake.RowVersions;

/** One problem of the 问题清单 with its rectification (整改责任清单), as a row of 附件2. */
public record Problem(int rowNumber, String sectionCode, LocalDate foundOn, String source, String category,
        String description, String measures, String responsible, LocalDate dueOn, RectificationStatus status,
        LocalDate completedOn) {

    /**
     * The same problem in a later list: same section, same day found, same description.
     */
    String key() {
        return RowVersions.key(sectionCode, foundOn, description);
    }
}
