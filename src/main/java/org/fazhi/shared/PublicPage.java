package org.fazhi.shared;

/**
 * A page a module publishes for each subdistrict, without sign-in, declared as a bean so the public portal
 * ({@code /public}) lists exactly the public pages that exist.
 *
 * @param order position in the portal, smaller first
 * @param messageKey the label in the message bundles
 * @param path the page; the portal adds {@code ?tenant=} with the subdistrict's 9-digit code
 */
public record PublicPage(int order, String messageKey, String path) {
}
