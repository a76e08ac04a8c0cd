package jp.shinko.cycle;

import jp.shinko.audit.Actor;
import jp.shinko.audit.Role;

/**
 * Who may do what, in one place: pages ask it to show or hide actions, commands ask it before
 * they change anything. Anonymous visitors never reach it (they may only read published data).
 */
public final class CyclePermissions {

    private CyclePermissions() {
    }

    /**
     * Whether {@code actor} may perform {@code action} on a record or project of
     * {@code organizationName} in plan {@code planKey} (both may be null for plan- or app-wide actions).
     */
    public static boolean allows(Actor actor, CycleAction action, String planKey, String organizationName) {
        if (actor == null) {
            return false;
        }
        return switch (action) {
            case VIEW_ROUND, VIEW_AUDIT -> true;
            case MANAGE_USERS -> actor.role() == Role.ADMIN;
            case OPEN_YEAR, RETURN_RECORD, APPROVE_RECORD, PUBLISH_YEAR, CORRECT_PUBLISHED, MANAGE_THEMES ->
                    actor.coordinates();
            case UPDATE_RECORD, SUBMIT_RECORD, REGISTER_PROJECT, RENAME_PROJECT, END_PROJECT, MERGE_PROJECT ->
                    actor.coordinates() || actor.role() == Role.ORG_EDITOR
                            && (organizationName == null
                                ? actor.memberships().stream().anyMatch(m -> m.planKey().equals(planKey))
                                : actor.belongsTo(planKey, organizationName));
        };
    }
}
