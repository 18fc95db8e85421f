package relais.marketplace;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import relais.shared.ConflictException;

/**
 * A brief or a proposal asked to make a move its state does not allow (accepting twice, selecting a declined
 * proposal, selecting once the brief is filled): 409, nothing changed. The message names the current state in the
 * reader's language.
 */
public class RefusedMove extends ConflictException {

    RefusedMove(String move, Enum<?> state) {
        super("status", "conflict.marketplace." + move, "Cannot " + move + " when " + state,
                new DefaultMessageSourceResolvable(new String[] {"marketplace.status." + state.name()}, state.name()));
    }
}
