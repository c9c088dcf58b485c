package org.fazhi.shared;

/**
 * A public page asked for a subdistrict that does not publish on this installation (or for none): answered with the
 * public portal and 404, never with the staff's error page.
 */
public class UnknownPublicTenant extends RuntimeException {

	private final String asked;

	public UnknownPublicTenant(String asked) {
		super("no public tenant " + asked);
		String shown = asked == null ? "" : asked.strip();
		this.asked = shown.length() > 20 ? shown.substring(0, 20) + "…" : shown;
	}

	/** What was asked for, shortened for the page. */
	public String asked() {
		return asked;
	}
}
