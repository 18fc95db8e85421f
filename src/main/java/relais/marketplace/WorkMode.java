package relais.marketplace;

/** Where the work is done; anything but REMOTE needs a location. */
public enum WorkMode {
    REMOTE, ONSITE, HYBRID
}
