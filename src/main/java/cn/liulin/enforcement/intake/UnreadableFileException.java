package cn.liulin.enforcement.intake;

/** The file cannot be read as a table at all; the message says why and what would work, in Chinese. */
class UnreadableFileException extends Exception {

    UnreadableFileException(String message) {
        super(message);
    }

    UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
