package relais.marketplace;

import java.util.List;

/** The client's choice of a proposal: the purchase order when its company requires one, and who else takes part. */
public record Selection(String purchaseOrder, List<String> participantIds) {
}
