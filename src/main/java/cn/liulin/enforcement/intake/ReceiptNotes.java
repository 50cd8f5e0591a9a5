package cn.liulin.enforcement.intake;

import java.util.List;

/**
 * What another package has to say in an accepted file's receipt, after the kind's own
 * description: a check of the file against what came before (a warning there, never a
 * rejection).
 */
public interface ReceiptNotes {

    /**
     * Lines for the receipt of an accepted file of this kind; none when there is nothing
     * to say.
     */
    List<String> notes(FileKind kind, long fileId);

}
