package dev.servicedesk.intake.request;

import dev.servicedesk.intake.address.Place;
import dev.servicedesk.intake.order.FollowedOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The open work orders that may already cover an action request's problem: the same problem code, at the same place
 * as a request the order answers. The suite suggests, the agent decides.
 */
@ApplicationScoped
public class OrderCandidates {

    /** At most this many, newest first: a suggestion for the agent on the line, not a report. */
    static final int LIMIT = 50;

    /** An order the request might join, with the protocols of the requests it answers already. */
    public record Candidate(UUID orderId, String number, String status, Instant openedAt, List<String> protocols) {
    }

    private final EntityManager entityManager;

    OrderCandidates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<Candidate> of(String problemCode, Place place) {
        List<Object[]> answered = entityManager.createQuery("""
                select o, q from FollowedOrder o join o.requestIds answeredId, CustomerRequest q
                where q.id = answeredId and o.problemCode = :problemCode and o.status not in :finished
                  and q.place.cep = :cep
                order by o.openedAt desc nulls last, o.id desc""", Object[].class)
                .setParameter("problemCode", problemCode)
                .setParameter("finished", FollowedOrder.FINISHED)
                .setParameter("cep", place.cep())
                .getResultList();
        Map<UUID, FollowedOrder> samePlace = new LinkedHashMap<>();
        for (Object[] row : answered) {
            FollowedOrder order = (FollowedOrder) row[0];
            if (((CustomerRequest) row[1]).place().samePlaceAs(place) && samePlace.size() < LIMIT) {
                samePlace.putIfAbsent(order.id(), order);
            }
        }
        Map<UUID, String> protocols = protocolsOf(samePlace.values().stream()
                .flatMap(order -> order.requestIds().stream()).collect(Collectors.toSet()));
        return samePlace.values().stream()
                .map(order -> new Candidate(order.id(), order.number(), order.status(), order.openedAt(),
                        order.requestIds().stream().map(protocols::get).filter(Objects::nonNull).sorted().toList()))
                .toList();
    }

    private Map<UUID, String> protocolsOf(Set<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select q.id, q.protocol from CustomerRequest q where q.id in :ids",
                        Object[].class)
                .setParameter("ids", requestIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
    }
}
