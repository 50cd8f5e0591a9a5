package cn.liulin.enforcement.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import cn.liulin.enforcement.delivery.SharedFolder;

/**
 * The two receipts (回执) of every input file, in {@code <output-dir>/回执/}: {@code <name>.回执.txt}
 * for people, in Chinese, and {@code <name>.receipt.json} for programs. The plain names always hold the
 * latest receipt for that file name; an earlier one is moved aside with its time in its name.
 */
final class Receipts {

    static final String FOLDER = "回执";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final SharedFolder shared;
    private final ZoneId zone;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    Receipts(SharedFolder shared, ZoneId zone) {
        this.shared = shared;
        this.zone = zone;
    }

    static String textName(String fileName) {
        return fileName + ".回执.txt";
    }

    static String jsonName(String fileName) {
        return fileName + ".receipt.json";
    }

    /** Writes both receipts, unless this very file's receipts are already there (a restarted run). */
    void write(InboxFileRecord file, InboxFileRecord original, List<String> loaded, long jobExecutionId) throws IOException {
        byte[] machine = json.writeValueAsBytes(machineReceipt(file));
        Path existing = shared.folder(FOLDER).resolve(jsonName(file.fileName()));
        if (Files.exists(existing)) {
            if (java.util.Arrays.equals(Files.readAllBytes(existing), machine)) {
                return;
            }
            String stamp = STAMP.format(Files.getLastModifiedTime(existing).toInstant().atZone(zone));
            shared.moveAside(FOLDER, jsonName(file.fileName()), file.fileName() + "." + stamp + ".receipt.json");
            shared.moveAside(FOLDER, textName(file.fileName()), file.fileName() + "." + stamp + ".回执.txt");
        }
        byte[] text = ReceiptText.of(file, original, loaded, zone).getBytes(StandardCharsets.UTF_8);
        shared.publish(FOLDER, textName(file.fileName()), jobExecutionId, out -> out.write(text));
        shared.publish(FOLDER, jsonName(file.fileName()), jobExecutionId, out -> out.write(machine));
    }

    private Map<String, Object> machineReceipt(InboxFileRecord file) {
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("file", file.fileName());
        receipt.put("sha256", file.sha256());
        receipt.put("receivedAt", file.receivedAt().atZone(zone).toOffsetDateTime().toString());
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
