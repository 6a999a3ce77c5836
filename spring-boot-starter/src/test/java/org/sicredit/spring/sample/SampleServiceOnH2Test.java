package org.sicredit.spring.sample;

import org.springframework.test.context.TestPropertySource;

/** The sample service on H2, in memory. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:sample;DB_CLOSE_DELAY=-1")
class SampleServiceOnH2Test extends SampleServiceContract {
}
