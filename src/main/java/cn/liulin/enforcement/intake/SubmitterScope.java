package cn.liulin.enforcement.intake;

import java.util.TreeSet;

/**
 * A restricted submitter's file may hold only its own sections' rows: any other section's
 * row is an error naming the cell, so that the whole file is refused in its receipt. A
 * kind without a section column ({@link FileKind#sectionColumn}) is the 执法股's own ledger
 * and is refused whole.
 */
final class SubmitterScope {

    private final Submitter submitter;

    private final SectionLookup sections;

    private boolean refusedKind;

    /**
     * How the message names the submitter's own sections: said in every error, found
     * once.
     */
    private final String own;

    /**
     * @param submitter a restricted one ({@link Submitter#restricted()})
     */
    SubmitterScope(Submitter submitter, SectionLookup sections) {
        this.submitter = submitter;
        this.sections = sections;
        this.own = sections.describe(new TreeSet<>(submitter.sections()));
    }

    /** Checks one row of a file of {@code kind}; errors go in {@code errors}. */
    void check(FileKind kind, Row row, IntakeErrors errors) {
        if (kind.sectionColumn() == null) {
            if (!refusedKind) {
                refusedKind = true;
                errors.add(row.number(), null, "", "“" + kind.chinese() + "”由执法股报送：账号 " + submitter.account() + " 只能报送 "
                        + own + " 的月度数据、历年数据、问题清单和入企检查登记。请把这份文件交给执法股");
            }
            return;
        }
        String named = row.get(kind.sectionColumn());
        sections.codeOf(named)
            .filter(code -> !submitter.sections().contains(code))
            .ifPresent(code -> errors.add(row.number(), kind.sectionColumn(), named, "这一行是其他股室的数据：账号 "
                    + submitter.account() + " 只能报送 " + own + " 的数据，整份文件退回。请删去其他股室的行后重新上传，或请该股室、执法股报送"));
    }

}
