package relais.guard.engine;

import relais.guard.PersonRef;

/**
 * A pending declaration as an account manager reviews it: the referred person resolved from what was typed, or
 * null when nobody is recorded with that address or id yet (the manager may add them, then confirm).
 */
public record DeclarationReview(ReferralDeclaration declaration, PersonRef referred, String referredCompanyName) {
}
