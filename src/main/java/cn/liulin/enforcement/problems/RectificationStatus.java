package cn.liulin.enforcement.problems;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** 整改状态 of a problem (spec 3.4). */
public enum RectificationStatus {

    NOT_STARTED("未整改"), IN_PROGRESS("整改中"), DONE("已整改");

    private final String chinese;

    RectificationStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(RectificationStatus::chinese).toList();
    }

    static Optional<RectificationStatus> of(String chinese) {
        return Arrays.stream(values()).filter(status -> status.chinese.equals(chinese)).findFirst();
    }

}
