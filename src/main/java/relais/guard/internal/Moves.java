package relais.guard.internal;

import java.util.function.Supplier;

import relais.guard.engine.RefusedMove;
import relais.shared.ConflictException;

/** A move the engine refuses is a conflict for whoever asked: 409 in the API, the message beside the form on pages. */
final class Moves {

    private Moves() {
    }

    static <T> T made(Supplier<T> move) {
        try {
            return move.get();
        } catch (RefusedMove refused) {
            throw new ConflictException(null, refused.code(), refused.getMessage(), refused.arguments());
        }
    }
}
