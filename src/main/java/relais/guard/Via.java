package relais.guard;

/** How a person came to be protected with the freelancer. */
public enum Via {
    /** The person took part in one of the freelancer's missions. */
    MISSION,
    /** A protected colleague recommended the freelancer to the person. */
    REFERRAL
}
