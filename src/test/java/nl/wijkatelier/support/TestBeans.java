package nl.wijkatelier.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** Test-only beans, picked up by every {@link WijkatelierTest} context. */
@TestConfiguration
@Import(People.class)
public class TestBeans {
}
