package relais.guard.web;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.support.Fixtures;

/**
 * What the test classes that only read the guard's small platform share: one {@link GuardWorld} per class, made
 * before its first test, and the fixtures and port to reach it with.
 */
abstract class ReadingGuardWorld {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    GuardWorld world;

    @BeforeEach
    void shareTheWorldOfThisClass() {
        world = GuardWorld.of(getClass(), fixtures);
    }
}
