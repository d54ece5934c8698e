import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's baseline: Spring MVC on Tomcat and a Hikari pool, with no auth, validation,
 * logging or metrics, answering the products routes with the service's queries.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({
  PropertyPlaceholderAutoConfiguration.class,
  DataSourceAutoConfiguration.class,
  JdbcTemplateAutoConfiguration.class,
  JacksonAutoConfiguration.class,
  HttpMessageConvertersAutoConfiguration.class,
  TomcatServletWebServerAutoConfiguration.class,
  DispatcherServletAutoConfiguration.class,
  WebMvcAutoConfiguration.class
})
@RestController
public class BenchMinimal {
  private static final String COLUMNS =
      "id, name, sku, description, price, stock, active, type, released_on, available_at,"
          + " supplier_id, created_at, updated_at";

  private final JdbcTemplate jdbc;

  public BenchMinimal(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/api/v1/products/{id}")
  public ResponseEntity<Map<String, Object>> find(@PathVariable("id") UUID id) {
    List<Map<String, Object>> rows =
        jdbc.queryForList("SELECT " + COLUMNS + " FROM products WHERE id = ?", id);
    return rows.isEmpty()
        ? ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404))
        : ResponseEntity.ok(rows.get(0));
  }

  @GetMapping("/api/v1/products")
  public Map<String, Object> list() {
    List<Map<String, Object>> items =
        jdbc.queryForList(
            "SELECT " + COLUMNS + " FROM products ORDER BY created_at, id LIMIT 20 OFFSET 0");
    Long total = jdbc.queryForObject("SELECT count(*) FROM products", Long.class);
    return Map.of("items", items, "total", total, "limit", 20, "offset", 0);
  }

  @PostMapping("/api/v1/products")
  public ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, String> body) {
    Map<String, Object> row =
        jdbc.queryForMap(
            "INSERT INTO products (id, name, price, created_at, updated_at)"
                + " VALUES (?, ?, ?, now(), now()) RETURNING "
                + COLUMNS,
            UUID.randomUUID(),
            body.get("name"),
            new BigDecimal(body.get("price")));
    return ResponseEntity.status(HttpStatus.CREATED).body(row);
  }

  public static void main(String[] args) {
    SpringApplication.run(BenchMinimal.class, args);
  }
}
