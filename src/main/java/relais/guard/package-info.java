/**
 * The relationship guard: who is a protected client of a freelancer, until when, and why.
 *
 * <p>The top of this package is what other modules may use: {@link relais.guard.GuardManagement} (verdicts,
 * protected clients, releases), the verdict and its typed reasons ({@link relais.guard.Verdict},
 * {@link relais.guard.Explanation}), the buy-out fee rule and {@link relais.guard.VerdictTexts}. The rules
 * themselves live in {@code relais.guard.engine}, internal to the module: plain Java that takes the recorded facts
 * and a date and returns data. The engine reads no clock, no database and no locale, so every verdict can be
 * reproduced from the recorded facts.
 */
package relais.guard;
