package jp.shinko.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The round's web tests share one application (a real server on a random port, and MockMvc) and
 * one in-memory database, prepared by {@link jp.shinko.cycle.CycleFixture#prepare}: starting the
 * application once keeps the suite fast. Tests that change the round roll back (MockMvc runs in
 * the test's transaction) or work on a plan no other test changes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:cycle-web;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "shinko.security.bcrypt-cost=4"})
@AutoConfigureMockMvc
public @interface CycleWebTest {
}
