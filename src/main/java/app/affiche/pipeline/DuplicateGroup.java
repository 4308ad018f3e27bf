package app.affiche.pipeline;

import app.affiche.poster.Poster;

import java.util.List;
import java.util.Set;

/**
 * Copies of one poster's art: the one a merge keeps first (largest resolution), then the others by id.
 * {@code curatorLabelled} holds the members a curator labelled; {@code maxBits} is the widest hash distance
 * between a joined pair.
 */
public record DuplicateGroup(int number, List<Poster> members, Set<Long> curatorLabelled, int maxBits) {
    public Poster kept() {
        return members.getFirst();
    }

    public List<Long> ids() {
        return members.stream().map(Poster::id).toList();
    }
}
