package org.fazhi.organisation.internal;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.Refusals;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own account: the password (required to change after an administrator set it) and access tokens. */
@Controller
@RequestMapping("/account")
class AccountPages {

	/** The password form; a record of the three fields, bound for redisplay with errors. */
	public static class PasswordForm {

		private String currentPassword;
		private String newPassword;
		private String confirmPassword;

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getConfirmPassword() {
			return confirmPassword;
		}

		public void setConfirmPassword(String confirmPassword) {
			this.confirmPassword = confirmPassword;
		}
	}

	private final StaffAccounts accounts;
	private final PasswordEncoder passwordEncoder;
	private final UserDetailsService userDetails;
	private final TransactionTemplate transactions;
	private final AuditTrail trail;
	private final Refusals refusals;
	private final TokenService tokens;
	private final SignInAttempts attempts;
	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountPages(StaffAccounts accounts, PasswordEncoder passwordEncoder, UserDetailsService userDetails,
			TransactionTemplate transactions, AuditTrail trail, Refusals refusals, TokenService tokens,
			SignInAttempts attempts) {
		this.tokens = tokens;
		this.attempts = attempts;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.userDetails = userDetails;
		this.transactions = transactions;
		this.trail = trail;
		this.refusals = refusals;
	}

	@GetMapping("/password")
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm());
		return "account/password";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal FazhiUser user, PasswordForm form, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		var result = new BeanPropertyBindingResult(form, "form");
		try {
			checkCurrentPassword(user, form.getCurrentPassword());
			transactions.executeWithoutResult(status -> change(user, form));
		}
		catch (RuleViolation violation) {
			refusals.onForm(result, violation, OrganisationAdministration.STAFF_ACCOUNT, user.accountId());
			model.addAttribute("form", form);
			model.addAttribute("org.springframework.validation.BindingResult.form", result);
			return "account/password";
		}
		trail.record(AuditAction.PASSWORD_CHANGE, OrganisationAdministration.STAFF_ACCOUNT, user.accountId(),
				AuditOutcome.SUCCESS, null);
		// the session's principal no longer has to change its password
		var refreshed = (FazhiUser) userDetails.loadUserByUsername(user.getUsername());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
				refreshed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/";
	}

	/**
	 * The current password counts as a sign-in attempt: the attempt is reserved before the comparison, outside any
	 * transaction (so a refusal does not roll the count back), and a locked account is not compared at all.
	 */
	private void checkCurrentPassword(FazhiUser user, String currentPassword) {
		if (!attempts.reserve(user.accountId())) {
			throw new RuleViolation("currentPassword", "password.currentLocked");
		}
		var account = accounts.findById(user.accountId()).orElseThrow();
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new RuleViolation("currentPassword", "password.currentWrong");
		}
		attempts.succeeded(user.accountId());
	}

	private void change(FazhiUser user, PasswordForm form) {
		var account = accounts.findById(user.accountId()).orElseThrow();
		PasswordPolicy.check("newPassword", form.getNewPassword(), account.getUsername());
		if (!Objects.equals(form.getNewPassword(), form.getConfirmPassword())) {
			throw new RuleViolation("confirmPassword", "password.confirmMismatch");
		}
		if (form.getNewPassword().equals(form.getCurrentPassword())) {
			throw new RuleViolation("newPassword", "password.unchanged");
		}
		account.changePassword(passwordEncoder.encode(form.getNewPassword()));
	}

	@GetMapping("/tokens")
	String tokens(@AuthenticationPrincipal FazhiUser user, Model model) {
		model.addAttribute("tokens", tokens.list(user));
		model.addAttribute("maximumDays", TokenService.MAXIMUM_DAYS);
		return "account/tokens";
	}

	@PostMapping("/tokens")
	String createToken(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String name,
			@RequestParam(required = false) String days, RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/account/tokens", TokenService.RECORD_TYPE, null, () -> {
			int validDays;
			try {
				validDays = Integer.parseInt(days == null ? "" : days.strip());
			}
			catch (NumberFormatException ex) {
				throw new RuleViolation("days", "token.days.range", TokenService.MAXIMUM_DAYS);
			}
			redirect.addFlashAttribute("newToken", tokens.create(user, name, validDays).token());
		});
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/account/tokens", TokenService.RECORD_TYPE, id,
				() -> tokens.revoke(user, id));
	}
}
