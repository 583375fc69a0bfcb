package dev.servicedesk.knowledge;

import dev.servicedesk.platform.testing.ServiceFoundationContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class KnowledgeServiceFoundationTest extends ServiceFoundationContract {
}
