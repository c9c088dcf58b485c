package org.fazhi.organisation.internal;

import org.fazhi.organisation.FazhiUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import java.util.Map;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in for staff accounts: the password encoder (Argon2id through a delegating encoder, so the algorithm can be
 * changed without invalidating stored hashes) and the lookup that turns an account into a {@link FazhiUser}. An
 * account of a deactivated tenant or a deactivated account cannot sign in.
 */
@Configuration(proxyBeanMethods = false)
class AccountSignIn {

	/** New hashes are Argon2id (Bouncy Castle); bcrypt hashes stored earlier still verify. */
	@Bean
	PasswordEncoder passwordEncoder() {
		var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		var encoder = new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
		return encoder;
	}

	@Bean
	UserDetailsService userDetailsService(StaffAccounts accounts) {
		return new AccountLookup(accounts);
	}

	/**
	 * The password check of sign-in: throttled per client address, and counted before the password is compared
	 * (see {@link SignInAttempts}), so that parallel guesses never pass the lockout limit.
	 */
	@Bean
	org.springframework.security.authentication.AuthenticationProvider staffAuthentication(
			UserDetailsService accounts, PasswordEncoder passwordEncoder, SignInAttempts attempts) {
		var provider = new CountedPasswordCheck(accounts, attempts);
		provider.setPasswordEncoder(passwordEncoder);
		return provider;
	}

	static class CountedPasswordCheck extends org.springframework.security.authentication.dao.DaoAuthenticationProvider {

		private final SignInAttempts attempts;

		CountedPasswordCheck(UserDetailsService accounts, SignInAttempts attempts) {
			super(accounts);
			this.attempts = attempts;
		}

		@Override
		public org.springframework.security.core.Authentication authenticate(
				org.springframework.security.core.Authentication authentication) {
			if (!attempts.addressMayTry(authentication.getName())) {
				throw new org.springframework.security.authentication.LockedException("too many attempts from address");
			}
			return super.authenticate(authentication);
		}

		@Override
		protected void additionalAuthenticationChecks(org.springframework.security.core.userdetails.UserDetails user,
				org.springframework.security.authentication.UsernamePasswordAuthenticationToken authentication) {
			long accountId = ((FazhiUser) user).accountId();
			if (!attempts.reserve(accountId)) {
				throw new org.springframework.security.authentication.LockedException("locked");
			}
			super.additionalAuthenticationChecks(user, authentication);
			attempts.succeeded(accountId);
		}
	}

	static class AccountLookup implements UserDetailsService {

		private final StaffAccounts accounts;

		AccountLookup(StaffAccounts accounts) {
			this.accounts = accounts;
		}

		@Override
		@Transactional(readOnly = true)
		public FazhiUser loadUserByUsername(String username) {
			return user(accounts.findByUsername(username == null ? "" : username.strip())
				.orElseThrow(() -> new UsernameNotFoundException("no such account")));
		}

		/** The signed-in user of an account read with its tenant, department and community. */
		static FazhiUser user(StaffAccount account) {
			var tenant = account.getTenant();
			var department = account.getDepartment();
			var community = account.getCommunity();
			return new FazhiUser(account.getId(), account.getUsername(), account.getPasswordHash(),
					account.getFullName(), tenant.getId(), tenant.getCode(), tenant.getName(), department.getId(),
					department.getName(), community == null ? null : community.getId(),
					community == null ? null : community.getName(), account.getRole(), account.getDataScope(),
					account.isActive() && tenant.isActive(), account.isLockedAt(java.time.Instant.now()),
					account.isMustChangePassword(), account.getSecurityVersion());
		}
	}
}
