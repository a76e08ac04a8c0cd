package jp.shinko.command;

import java.util.List;
import java.util.Objects;

/**
 * Something to tell the user, as a key of the message bundles ({@code cycle.msg.*}) and its
 * arguments, so pages print it in the reader's language.
 */
public record Message(String code, List<Object> args) {

    public Message {
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static Message of(String code, Object... args) {
        return new Message(code, List.of(args));
    }

    /** The bundle key: {@code cycle.msg.} and the code. */
    public String key() {
        return "cycle.msg." + code;
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
