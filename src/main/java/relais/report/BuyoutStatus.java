package relais.report;

public enum BuyoutStatus {
    QUOTED, PAID
}
