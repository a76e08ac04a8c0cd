package jp.shinko.web;

import jp.shinko.audit.Actor;
import jp.shinko.cycle.Accounts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The actor behind a request, read fresh from the users table: a disabled user may do nothing. */
@Component
class CycleActors {

    private final Accounts accounts;

    CycleActors(Accounts accounts) {
        this.accounts = accounts;
    }

    Actor current(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            throw new AccessDeniedException("not signed in");
        }
        return accounts.actor(authentication.getName())
                .orElseThrow(() -> new AccessDeniedException("unknown or disabled user"));
    }
}
