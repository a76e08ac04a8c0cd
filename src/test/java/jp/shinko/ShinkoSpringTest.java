package jp.shinko;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one Spring context that read-only tests over the imported samples share: the whole
 * application with MockMvc, one in-memory H2 database ("shinko"), the search index in memory
 * and cheap password hashing. Spring caches a context per distinct configuration, so every
 * class annotated with exactly this starts no context of its own; a test that needs other
 * settings, or changes data others read, keeps its own configuration (and so its own context).
 * Classes using it import both samples in a guarded {@code @BeforeAll} (import is idempotent).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:shinko;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "shinko.search.in-memory=true",
        "shinko.security.bcrypt-cost=4"})
@AutoConfigureMockMvc
public @interface ShinkoSpringTest {
}
