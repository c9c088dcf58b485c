package org.fazhi.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

	/** Whether the page's total is a lower bound (counted up to {@link org.fazhi.shared.CappedPage#CAP}). */
	public boolean capped(org.springframework.data.domain.Page<?> page) {
		return page instanceof org.fazhi.shared.CappedPage<?> capped && capped.isCapped();
	}

	public int cap() {
		return org.fazhi.shared.CappedPage.CAP;
	}

	/** The address of this list with its exact total counted. */
	public String exact() {
		var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		return with(attributes.getRequest(), "exact", "true");
	}

	public String to(int page) {
		var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		return with(attributes.getRequest(), "page", String.valueOf(Math.max(0, page)));
	}

	/** This page in each language: the same address with only {@code lang} changed. */
	static java.util.Map<String, String> languages(HttpServletRequest request) {
		return java.util.Map.of("zh-CN", with(request, "lang", "zh-CN"), "en", with(request, "lang", "en"));
	}

	/**
	 * The request's own address with one parameter set: its path as the client sent it (already encoded, so never
	 * encoded twice) and, for a GET, every other parameter as it was, each name and value encoded once.
	 */
	static String with(HttpServletRequest request, String name, String value) {
		var out = new StringBuilder(request.getRequestURI());
		char separator = '?';
		if ("GET".equals(request.getMethod())) {
			// a form shown again after a refused post keeps its fields (a password among them) out of any address
			for (var parameter : request.getParameterMap().entrySet()) {
				if (parameter.getKey().equals(name) || parameter.getKey().startsWith("_")) {
					continue;
				}
				for (String each : parameter.getValue()) {
					out.append(separator).append(encode(parameter.getKey())).append('=').append(encode(each));
					separator = '&';
				}
			}
		}
		return out.append(separator).append(encode(name)).append('=').append(encode(value)).toString();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
