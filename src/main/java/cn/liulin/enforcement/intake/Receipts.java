package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.liulin.enforcement.delivery.SharedFolder;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two receipts (回执) of every input file, in {@code <output-dir>/回执/}:
 * {@code <name>.回执.txt} for people, in Chinese, and {@code <name>.receipt.json} for
 * programs. The plain names always hold the latest receipt for that file name; an earlier
 * one is moved aside with its time in its name.
 */
final class Receipts {

    static final String FOLDER = "回执";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final SharedFolder shared;

    private final Clock clock;

    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    Receipts(SharedFolder shared, Clock clock) {
        this.shared = shared;
        this.clock = clock;
    }

    static String textName(String fileName) {
        return fileName + ".回执.txt";
    }

    static String jsonName(String fileName) {
        return fileName + ".receipt.json";
    }

    /**
     * Writes both receipts together (both or neither reach the folder), unless this very
     * file's receipts are already there (a restarted run). Receipts of an earlier file of
     * the same name are moved aside under the time that file was received.
     */
    void write(InboxFileRecord file, InboxFileRecord original, List<String> loaded, long jobExecutionId)
            throws IOException {
        byte[] machine = json.writeValueAsBytes(machineReceipt(file));
        byte[] text = ReceiptText.of(file, original, loaded, clock.getZone()).getBytes(StandardCharsets.UTF_8);
        List<SharedFolder.Pending> missing = new ArrayList<>();
        String stamp = null;
        for (var receipt : List.of(Map.entry(jsonName(file.fileName()), machine),
                Map.entry(textName(file.fileName()), text))) {
            Path existing = shared.folder(FOLDER).resolve(receipt.getKey());
            if (Files.exists(existing) && Arrays.equals(Files.readAllBytes(existing), receipt.getValue())) {
                continue;
            }
            if (Files.exists(existing)) {
                stamp = stamp != null ? stamp : asideStamp(file.fileName());
                shared.moveAside(FOLDER, receipt.getKey(),
                        file.fileName() + "." + stamp + receipt.getKey().substring(file.fileName().length()));
            }
            missing.add(new SharedFolder.Pending(receipt.getKey(), out -> out.write(receipt.getValue())));
        }
        if (!missing.isEmpty()) {
            shared.publish(FOLDER, jobExecutionId, List.of(), missing);
        }
    }

    /**
     * When the earlier file of this name was received, as its receipt says (the job's
     * clock, not the disk's), made unique among the receipts already moved aside.
     */
    private String asideStamp(String fileName) {
        Instant received;
        try {
            received = Instant.from(java.time.OffsetDateTime
                .parse(json.readTree(shared.folder(FOLDER).resolve(jsonName(fileName)).toFile())
                    .get("receivedAt")
                    .asString()));
        }
        catch (RuntimeException e) {
            received = clock.instant();
        }
        String stamp = STAMP.format(received.atZone(clock.getZone()));
        String unique = stamp;
        for (int n = 2; shared.exists(FOLDER, textName(fileName + "." + unique))
                || shared.exists(FOLDER, jsonName(fileName + "." + unique)); n++) {
            unique = stamp + "-" + n;
        }
        return unique;
    }

    private Map<String, Object> machineReceipt(InboxFileRecord file) {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("file", file.fileName());
        receipt.put("sha256", file.sha256());
        receipt.put("receivedAt", file.receivedAt().atZone(clock.getZone()).toOffsetDateTime().toString());
        receipt.put("kind", file.kind() == null ? null : file.kind().name());
        receipt.put("status", file.status().name());
        receipt.put("rows", file.rows());
        receipt.put("errors", file.errors());
        return receipt;
    }

    static String shown(java.time.Instant instant, ZoneId zone) {
        return SHOWN.format(instant.atZone(zone));
    }

}
