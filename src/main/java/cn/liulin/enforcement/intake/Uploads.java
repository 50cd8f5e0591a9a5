package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.liulin.enforcement.delivery.SharedFolder;

import org.springframework.stereotype.Component;

/**
 * Files sent through the console: put in the inbox whole, read at once by the same job as
 * every inbox file (received = the upload's time), and answered with each file's receipt.
 */
@Component
public class Uploads {

    /** One uploaded file: its cleaned name and its bytes. */
    public record Upload(String fileName, InputStreamSource content) {
    }

    /** Opens an uploaded file's bytes (the servlet's multipart part). */
    @FunctionalInterface
    public interface InputStreamSource {

        InputStream open() throws IOException;

    }

    /**
     * One file's receipt, as the console shows it.
     *
     * @param status null while another run (another node) still reads the file
     * @param receiptText the 回执 as the shared folder has it, or empty
     */
    public record Receipt(String fileName, ReceiptStatus status, String kind, int rows, List<IntakeError> errors,
            int errorCount, String receiptText) {

        public boolean accepted() {
            return status == ReceiptStatus.ACCEPTED;
        }

    }

    private final Ingest ingest;

    private final InboxFileRecords records;

    private final SharedFolder shared;

    Uploads(Ingest ingest, InboxFileRecords records, SharedFolder shared) {
        this.ingest = ingest;
        this.records = records;
        this.shared = shared;
    }

    /** Puts the files in the inbox, reads it, and returns each file's receipt. */
    public List<Receipt> submit(List<Upload> files, Submitter submitter, Instant now) throws IOException {
        for (Upload file : files) {
            try (InputStream content = file.content().open()) {
                ingest.putInInbox(file.fileName(), content, now, submitter);
            }
        }
        ingest.run(now);
        List<Receipt> receipts = new ArrayList<>();
        for (Upload file : files) {
            receipts.add(records.findSubmitted(file.fileName(), now, submitter.account())
                .map(this::receipt)
                .orElseGet(() -> new Receipt(file.fileName(), null, "", 0, List.of(), 0, "")));
        }
        return receipts;
    }

    private Receipt receipt(InboxFileRecord file) {
        return new Receipt(file.fileName(), file.status(), file.kind() == null ? "无法识别" : file.kind().chinese(),
                file.rows(), file.errors(), file.errorCount(), receiptText(file.fileName()));
    }

    private String receiptText(String fileName) {
        Path text = shared.folder(Receipts.FOLDER).resolve(Receipts.textName(fileName));
        try {
            return Files.exists(text) ? Files.readString(text, StandardCharsets.UTF_8) : "";
        }
        catch (IOException e) {
            return "";
        }
    }

}
