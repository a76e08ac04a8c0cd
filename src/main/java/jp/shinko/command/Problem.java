package jp.shinko.command;

/** Why one field of a form was refused; {@code field} is the form field's name. */
public record Problem(String field, Message message) {

    public static Problem of(String field, String code, Object... args) {
        return new Problem(field, Message.of(code, args));
    }
}
