package dev.servicedesk.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Agents searching the knowledge base while the customer waits: what they type (with accents, without, with a typo,
 * sometimes with a filter), at a fixed arrival rate ({@code -Drate}, per second) for {@code -Dseconds}. Meant to run
 * over the 100,000 generated articles of deploy/bench/knowledge-articles.sql (deploy/bench/knowledge-search.sh).
 */
public class KnowledgeSearchSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("knowledge.url", "http://127.0.0.1:18083");
    private static final String TOKEN = System.getProperty("token");

    /** What agents type, shared with the call-centre day. */
    static final List<String> QUERIES = List.of(
            "geladeira não gela", "geladeira nao gela", "gelaedira barulho", "refrigerador faz barulho",
            "máquina de lavar não centrifuga", "lavadora vazando água", "lavadroa codigo de erro",
            "secadora não seca", "ar-condicionado pingando água", "ar condicionado nao liga", "fogão chama amarela",
            "cheiro de gás", "forno elétrico não esquenta", "micro-ondas não aquece", "microndas desliga sozinho",
            "smart tv não conecta wifi", "televisão tela escura", "purificador de água vazando",
            "freezer forma gelo", "frigobar não liga", "air fryer cheira a queimado", "cooktop dá choque",
            "garantia legal 90 dias", "orçamento prévio validade", "prazo de entrega de peças",
            "segunda via boleto", "protocolo de atendimento", "agendar visita técnica", "coleta de geladeira velha",
            "voltagem errada", "Brastemp lava e seca", "Consul geladeira desarma o disjuntor",
            "Electrolux lava-louças", "Samsung smart tv", "LG lavadora vibra demais", "Midea ar-condicionado");

    private final HttpProtocolBuilder protocol = http
            .baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .authorizationHeader("Bearer " + TOKEN)
            .shareConnections();

    private final ScenarioBuilder searching = scenario("agents searching the knowledge base")
            .feed(Stream.generate(() -> Map.<String, Object>of(
                    "q", QUERIES.get(ThreadLocalRandom.current().nextInt(QUERIES.size()))))
                    .iterator())
            .exec(http("search").get("/api/v1/search")
                    .queryParam("q", "#{q}")
                    .queryParam("size", "20")
                    .check(status().is(200), jsonPath("$.total").exists()));

    {
        setUp(searching.injectOpen(constantUsersPerSec(Integer.getInteger("rate", 50))
                .during(Integer.getInteger("seconds", 60))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
