package relais.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a random port over a real (embedded) PostgreSQL. Every class with this annotation shares one
 * context, so the database starts once per test run; tests create their own records with fresh names. The throttles
 * run on a {@link ThrottleClock} that tests may freeze and move; {@link Fixtures} may be autowired; passwords are
 * hashed at the lowest bcrypt cost ({@link FastPasswordHashing}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ThrottleClock.Configuration.class, Fixtures.Configuration.class, FastPasswordHashing.Configuration.class})
public @interface IntegrationTest {
}
