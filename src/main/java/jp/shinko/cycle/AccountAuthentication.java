package jp.shinko.cycle;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs users in with their stored password hash, behind the {@link LoginThrottle}: a locked
 * account or address is refused before the password is even checked, and a wrong password counts
 * as a failure. A disabled or unknown user fails exactly like a wrong password, so the login page
 * tells nobody which names exist.
 */
@Component
public class AccountAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    AccountAuthentication(AccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle) {
        UserDetailsService users = username -> accounts.find(username)
                .filter(UserAccount::enabled)
                .map(account -> User.withUsername(account.username())
                        .password(accounts.passwordHash(account.username()).orElseThrow())
                        .roles(account.role().name())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var username = authentication.getName();
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        if (throttle.addressBlocked(address) || throttle.accountLocked(username)) {
            throw new LockedException("too many failed logins");
        }
        try {
            var result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
