package relais.account;

import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;

/** The account behind the current request, for code that is not handed it by Spring MVC. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<RelaisUser> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RelaisUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static RelaisUser get() {
        return find().orElseThrow(() -> new IllegalStateException("no authenticated Relais account"));
    }
}
