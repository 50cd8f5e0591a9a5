package cn.liulin.enforcement.sections;

import java.util.Optional;
import java.util.function.Function;

import cn.liulin.enforcement.intake.CellValues;
import cn.liulin.enforcement.intake.IntakeErrors;
import cn.liulin.enforcement.intake.Row;

/**
 * A row's section cell, as every kind's rules read it: required, and a name, alias or
 * code of the list.
 */
public final class SectionCells {

    private SectionCells() {
    }

    /**
     * The section the cell names; empty, with the error said, when it is blank or
     * unknown.
     */
    public static Optional<Section> required(Row row, String column, Function<String, Optional<Section>> sections,
            IntakeErrors errors) {
        String name = CellValues.requiredText(row, column, errors);
        if (name == null) {
            return Optional.empty();
        }
        Optional<Section> section = sections.apply(name);
        if (section.isEmpty()) {
            errors.add(row, column, "股室名单中没有“" + name + "”：请写 config/sections.yml 中的股室名称或代码");
        }
        return section;
    }

}
