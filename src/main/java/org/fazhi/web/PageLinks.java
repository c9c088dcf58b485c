package org.fazhi.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager's links: the current address with only its {@code page} parameter changed, so every filter and the sort
 * stay as the person set them ({@code ${@pages.to(page.number + 1)}} in a template).
 */
@Component("pages")
public class PageLinks {

	/** The first, previous, next and last pages' addresses of a page of a list. */
	public java.util.Map<String, String> around(org.springframework.data.domain.Page<?> page) {
		int last = Math.max(0, page.getTotalPages() - 1);
		return java.util.Map.of("first", to(0), "previous", to(Math.max(0, page.getNumber() - 1)), "next",
				to(Math.min(last, page.getNumber() + 1)), "last", to(last));
	}

	public String to(int page) {
		var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		return with(attributes.getRequest(), "page", String.valueOf(Math.max(0, page)));
	}

	/** The request's own address with one parameter set: its path and every other parameter as they were. */
	static String with(HttpServletRequest request, String name, String value) {
		var builder = UriComponentsBuilder.fromPath(request.getRequestURI());
		if (!"GET".equals(request.getMethod())) {
			// a form shown again after a refused post: its fields (a password among them) never go into an address
			return builder.queryParam(name, value).encode().build().toUriString();
		}
		request.getParameterMap().forEach((key, values) -> {
			if (!key.equals(name) && !key.startsWith("_")) {
				builder.queryParam(key, (Object[]) values);
			}
		});
		return builder.queryParam(name, value).encode().build().toUriString();
	}
}
