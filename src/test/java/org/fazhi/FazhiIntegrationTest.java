package org.fazhi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context of the integration tests: the whole platform on a random port with the demo, on the database
 * {@link DatabaseUnderTest} chooses. Every integration test class carries this annotation and nothing that changes the
 * context, so Spring's test context cache builds the platform and the demo once per database per JVM. Tests isolate
 * themselves by their own records (or a tenant of their own), never by a context of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
public @interface FazhiIntegrationTest {

}
