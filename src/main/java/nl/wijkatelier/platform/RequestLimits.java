package nl.wijkatelier.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be. Uploads through forms are limited by {@code spring.servlet.multipart.*}
 * as well; these limits also cover API imports, which read the raw body.
 *
 * @param maxBody the largest request body of any kind; 21 MB by default, the same as
 *        {@code spring.servlet.multipart.max-request-size} (a 20 MB file plus the form around it). The largest
 *        demo import, 10 000 tasks as GeoJSON, is about 6 MB.
 * @param maxForm the largest {@code application/x-www-form-urlencoded} form post; 2 MB by default, Tomcat's
 *        own {@code max-http-form-post-size}, above which Tomcat would silently drop every field
 */
@ConfigurationProperties("wijkatelier.web.limits")
public record RequestLimits(@DefaultValue("21MB") DataSize maxBody, @DefaultValue("2MB") DataSize maxForm) {
}
