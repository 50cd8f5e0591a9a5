package cn.liulin.enforcement.jobs;

/**
 * What a job execution begins outside the database and finishes only if it lives: files
 * half written for the shared folder, say. When a dead execution is recovered, each
 * implementation throws its part away.
 */
public interface AbandonedWork {

    /**
     * @return how many pieces of the dead execution's work were thrown away
     */
    int discard(long jobExecutionId);

}
