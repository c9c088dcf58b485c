package org.fazhi.shared;

import java.util.Set;

/**
 * A link in the main navigation, declared as a bean by the module that owns the pages behind it, so the navigation
 * shows exactly the modules that exist.
 *
 * @param order position in the navigation, smaller first
 * @param group the work line the entry belongs to (its heading {@code nav.group.GROUP} in the side menu), or null for
 *        an entry of its own (the workbench)
 * @param messageKey message-bundle key of the label
 * @param path the page the entry opens
 * @param roles role names (without the {@code ROLE_} prefix) that see the entry; empty means every member of a
 *        subdistrict's staff
 * @param also further pages that belong to the entry (highlighted with it), e.g. the hazards under the inspections
 */
public record NavigationEntry(int order, String group, String messageKey, String path, Set<String> roles,
		java.util.List<String> also) {

	public NavigationEntry {
		roles = Set.copyOf(roles);
		also = java.util.List.copyOf(also);
	}

	public NavigationEntry(int order, String group, String messageKey, String path, Set<String> roles) {
		this(order, group, messageKey, path, roles, java.util.List.of());
	}

	public String groupKey() {
		return group == null ? null : "nav.group." + group;
	}

	/** Whether a request path lies in this entry's section (the first segment of its path). */
	public boolean matches(String requestPath) {
		if (requestPath == null) {
			return false;
		}
		return section(requestPath).equals(section(path));
	}

	/** Whether a request path is this entry's page or lies below it. */
	public boolean leadsTo(String requestPath) {
		if (requestPath == null) {
			return false;
		}
		if (requestPath.equals(path) || requestPath.startsWith(path + "/")) {
			return true;
		}
		return also.stream().anyMatch(p -> requestPath.equals(p) || requestPath.startsWith(p + "/"));
	}

	private static String section(String path) {
		String trimmed = path.startsWith("/") ? path.substring(1) : path;
		int slash = trimmed.indexOf('/');
		return slash < 0 ? trimmed : trimmed.substring(0, slash);
	}

	/**
	 * Whether a user of these roles sees the entry. An entry for every signed-in user is one for the staff of a
	 * subdistrict: the platform operator sees only the workbench and the entries named for it.
	 */
	public boolean visibleTo(Set<String> userRoles) {
		if (roles.isEmpty()) {
			return !userRoles.contains("PLATFORM_OPERATOR") || "/".equals(path);
		}
		return roles.stream().anyMatch(userRoles::contains);
	}
}
