package cn.liulin.enforcement.supervision;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The four kinds of supervision activity, each feeding one of the four supervision
 * figures (spec 3.2).
 */
public enum SupervisionType {

    SPOT_CHECK("抽查案卷"), CORRECTION("纠正违规执法"), EXPOSURE("通报曝光"), REFERRAL("移送问题线索");

    private final String chinese;

    SupervisionType(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(SupervisionType::chinese).toList();
    }

    static Optional<SupervisionType> of(String chinese) {
        return Arrays.stream(values()).filter(type -> type.chinese.equals(chinese)).findFirst();
    }

}
