package org.fazhi.shared;

import java.util.List;

/**
 * URL patterns a module serves to everyone without sign-in (read-only public information such as the statutory
 * calendar), declared as a bean by that module; the security filter chain permits GET requests to them.
 */
public record PublicPaths(List<String> patterns) {

	public PublicPaths {
		patterns = List.copyOf(patterns);
	}
}
