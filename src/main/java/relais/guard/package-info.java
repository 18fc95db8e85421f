/**
 * The relationship guard: who is a protected client of a freelancer, until when, and why.
 *
 * <p>The top of this package is the guard's public API. The verdict engine ({@link relais.guard.Verdicts},
 * {@link relais.guard.Referrals}) is plain Java: it takes {@link relais.guard.RelationshipFacts} and a date and
 * returns data. It reads no clock, no database and no locale, so every verdict can be reproduced from the
 * recorded facts. Only {@link relais.guard.VerdictTexts} touches Spring, to render explanations in French or
 * English through a {@code MessageSource}.
 */
package relais.guard;
