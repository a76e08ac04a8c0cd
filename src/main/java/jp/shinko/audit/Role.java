package jp.shinko.audit;

/**
 * What a user may do. Roles do not stack: each user has one, and a higher role includes what
 * the lower ones may do, except that only editors are limited to their organizations.
 */
public enum Role {
    /** Manages users and organizations; may also do everything a coordinator does. */
    ADMIN,
    /** 事務局: opens a fiscal year, reviews, returns or approves, publishes and corrects. */
    COORDINATOR,
    /** Fills in the records of its own organizations only. */
    ORG_EDITOR,
    /** Reads the round in progress and its audit trail; changes nothing. */
    VIEWER;

    /** Parses a role name case-insensitively; the message names the accepted values. */
    public static Role parse(String text) {
        for (var role : values()) {
            if (role.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("役割は ADMIN, COORDINATOR, ORG_EDITOR, VIEWER のいずれかです: " + text);
    }
}
