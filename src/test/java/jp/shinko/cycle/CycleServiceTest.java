package jp.shinko.cycle;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The round's command-level tests share one application and in-memory database: the full round
 * works on Kagoshima, the project changes on Kumamoto, so they do not disturb each other.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:cycle-service;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "shinko.security.bcrypt-cost=4"})
@AutoConfigureMockMvc
public @interface CycleServiceTest {
}
