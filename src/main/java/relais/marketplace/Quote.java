package relais.marketplace;

import java.math.BigDecimal;

import relais.shared.MoneyJson;

/** A freelancer's answer yes to an invitation: days and their own day rate (both default), and a word to the client. */
public record Quote(BigDecimal days, MoneyJson dayRate, String message) {
}
