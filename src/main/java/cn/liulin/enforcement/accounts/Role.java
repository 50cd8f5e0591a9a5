package cn.liulin.enforcement.accounts;

/** What a console account may do (spec §8). */
public enum Role {

    /** 执法股: everything, including jobs, accounts' audit and any section's files. */
    ADMIN("管理员（执法股）"),

    /**
     * A section's clerk: uploads its own sections' files, sees its own row of the board.
     */
    REPORTER("报送员（股室）"),

    /** The justice bureau or leaders: looks and downloads, changes nothing. */
    VIEWER("查看（司法局、领导）");

    private final String chinese;

    Role(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** Spring Security's authority name for it: {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

}
