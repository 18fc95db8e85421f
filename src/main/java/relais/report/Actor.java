package relais.report;

import java.util.UUID;

import relais.account.RelaisUser;

/** Who took a step of a case, as its history names them; Relais itself has no account. */
record Actor(UUID id, String name) {

    static final Actor RELAIS = new Actor(null, "Relais");

    static Actor of(RelaisUser user) {
        return new Actor(user.id().value(), user.displayName());
    }
}
