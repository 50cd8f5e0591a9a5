package cn.liulin.enforcement.cli;

/** The exit codes of spec §7. */
public final class ExitCodes {

    /** It did what was asked. */
    public static final int OK = 0;

    /** A job failed. */
    public static final int JOB_FAILED = 1;

    /** Bad usage or bad input: the message says what to type instead. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }

}
