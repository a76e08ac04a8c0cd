package jp.shinko.cycle;

/** Everything a user can ask of the round; {@link CyclePermissions} says who may. */
public enum CycleAction {
    VIEW_ROUND,
    OPEN_YEAR,
    UPDATE_RECORD,
    SUBMIT_RECORD,
    RETURN_RECORD,
    APPROVE_RECORD,
    REGISTER_PROJECT,
    RENAME_PROJECT,
    END_PROJECT,
    MERGE_PROJECT,
    PUBLISH_YEAR,
    CORRECT_PUBLISHED,
    VIEW_AUDIT,
    MANAGE_USERS,
    /** Edit the theme taxonomy and decide a project's themes (compare). */
    MANAGE_THEMES
}
