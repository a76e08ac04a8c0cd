package jp.shinko;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The Spring Boot application: the web app and the database-backed CLI commands run in it. */
@SpringBootApplication
@Modulithic(sharedModules = {"plan", "era", "json", "amount", "csv"})
public class ShinkoApplication {
}
