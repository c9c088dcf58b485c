package org.fazhi.organisation.internal;

import org.fazhi.organisation.AccountSessions;
import org.fazhi.organisation.FazhiUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The cheap check behind {@link AccountSessions}: one indexed read of the account and its tenant. */
@Component
class SessionValidity implements AccountSessions {

	private final JdbcTemplate jdbc;

	SessionValidity(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean stillValid(FazhiUser user) {
		var versions = jdbc.queryForList("select a.security_version from staff_account a join tenant t on t.id = a.tenant_id"
				+ " where a.id = ? and a.active = true and t.active = true", Integer.class, user.accountId());
		return versions.size() == 1 && versions.get(0) == user.securityVersion();
	}
}
