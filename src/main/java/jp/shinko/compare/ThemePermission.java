package jp.shinko.compare;

import jp.shinko.audit.Actor;

/**
 * Who may edit the theme taxonomy and decide a project's themes: coordinators and administrators,
 * the same people who run the round ({@link Actor#coordinates()}).
 */
final class ThemePermission {

    private ThemePermission() {
    }

    static boolean allows(Actor actor) {
        return actor != null && actor.coordinates();
    }
}
