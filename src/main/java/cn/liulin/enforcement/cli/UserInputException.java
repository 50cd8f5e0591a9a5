package cn.liulin.enforcement.cli;

/**
 * The user asked for something that cannot be done as asked; exit code 2 and the message.
 */
public class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }

}
