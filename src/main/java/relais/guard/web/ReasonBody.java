package relais.guard.web;

/** The body of an API answer that only gives a reason: declining a referral, rejecting a claim, retiring a policy. */
record ReasonBody(String reason) {
}
