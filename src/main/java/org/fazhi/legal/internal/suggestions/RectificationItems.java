package org.fazhi.legal.internal.suggestions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RectificationItems extends JpaRepository<RectificationItem, Long> {

	List<RectificationItem> findBySuggestionIdOrderBySeq(long suggestionId);
}
