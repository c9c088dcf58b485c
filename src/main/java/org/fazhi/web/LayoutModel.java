package org.fazhi.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.NavigationEntry;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the signed-in user, the navigation entries their role sees, and whether this
 * installation runs on demo data (then every page says 演示数据).
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	private final List<NavigationEntry> navigation;
	private final boolean demo;

	LayoutModel(List<NavigationEntry> navigation, Environment environment) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	@ModelAttribute("currentUser")
	FazhiUser currentUser(@AuthenticationPrincipal FazhiUser user) {
		return user;
	}

	@ModelAttribute("navigation")
	List<NavigationEntry> navigation(@AuthenticationPrincipal FazhiUser user) {
		if (user == null) {
			return List.of();
		}
		Set<String> roles = Set.of(user.role().name());
		return navigation.stream().filter(entry -> entry.visibleTo(roles)).toList();
	}

	/** One heading of the side menu (a work line) and its entries; the workbench stands alone (no heading). */
	record NavigationGroup(String key, List<NavigationEntry> entries) {
	}

	@ModelAttribute("navigationGroups")
	List<NavigationGroup> navigationGroups(@AuthenticationPrincipal FazhiUser user) {
		var groups = new java.util.LinkedHashMap<String, List<NavigationEntry>>();
		for (var entry : navigation(user)) {
			String key = entry.group() == null ? "" : entry.groupKey();
			groups.computeIfAbsent(key + (entry.group() == null ? entry.path() : ""), k -> new java.util.ArrayList<>())
				.add(entry);
		}
		return groups.values().stream()
			.map(entries -> new NavigationGroup(entries.get(0).groupKey(), List.copyOf(entries))).toList();
	}

	/** The address of this page in another language: the same path and query, only {@code lang} changed. */
	@ModelAttribute("languageLinks")
	java.util.Map<String, String> languageLinks(HttpServletRequest request) {
		return PageLinks.languages(request);
	}

	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * The entry to highlight: the one whose page the request is on or below; otherwise the first of the request's
	 * section (the organisation pages share one entry).
	 */
	@ModelAttribute("activeNavigation")
	NavigationEntry activeNavigation(@AuthenticationPrincipal FazhiUser user, HttpServletRequest request) {
		String path = requestPath(request);
		var visible = navigation(user);
		return visible.stream().filter(e -> e.leadsTo(path)).findFirst()
			.orElse(visible.stream().filter(e -> !"/".equals(e.path()) && e.matches(path)).findFirst().orElse(null));
	}

	@ModelAttribute("demoData")
	boolean demoData() {
		return demo;
	}
}
