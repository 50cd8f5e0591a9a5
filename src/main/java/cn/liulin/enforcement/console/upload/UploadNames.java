package cn.liulin.enforcement.console.upload;

import java.util.regex.Pattern;

/**
 * A browser's file name made safe to be an inbox file's name: no folders (old browsers
 * send {@code C:\fakepath\…}), no control or reserved characters, no leading dot (a
 * hidden file the inbox would skip), and short enough for any disk. The extension, which
 * decides how the intake reads it, is kept.
 */
final class UploadNames {

    private static final Pattern UNSAFE = Pattern
        .compile("[\\p{Cntrl}<>:\"|?*\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

    private static final int LONGEST = 120;

    private UploadNames() {
    }

    static String clean(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = UNSAFE.matcher(name).replaceAll("_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        if (name.length() > LONGEST) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, LONGEST - extension.length()) + extension;
        }
        return name.isEmpty() || name.startsWith(".") ? "上传文件" + name : name;
    }

}
