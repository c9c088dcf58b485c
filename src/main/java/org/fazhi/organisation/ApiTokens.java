package org.fazhi.organisation;

import java.util.Optional;

/** Personal access tokens for machine access to the JSON API. */
public interface ApiTokens {

	/** The token's prefix; anything else in an Authorization header is not a Fazhi token. */
	String PREFIX = "fz_";

	/** The staff member a valid, unexpired, unrevoked token belongs to. */
	Optional<FazhiUser> authenticate(String token);
}
