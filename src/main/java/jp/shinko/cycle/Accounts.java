package jp.shinko.cycle;

import java.util.List;
import java.util.Optional;
import jp.shinko.audit.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads users for pages, the CLI and request handling: who is signed in, and what they may do. */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final AccountRepository accounts;

    Accounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public List<UserAccount> list() {
        return accounts.list();
    }

    public Optional<UserAccount> find(String username) {
        return accounts.find(username);
    }

    /** The actor for a signed-in user name; empty for an unknown or disabled user, who may do nothing. */
    public Optional<Actor> actor(String username) {
        return accounts.find(username).filter(UserAccount::enabled).map(UserAccount::actor);
    }

    public boolean mustChangePassword(String username) {
        return accounts.find(username).map(UserAccount::mustChangePassword).orElse(false);
    }

    public long count() {
        return accounts.count();
    }
}
