package org.fazhi.legal.internal.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.Refusals;
import org.fazhi.files.Attachments;
import org.fazhi.legal.internal.figures.LegalFigureBook;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.Input;
import org.fazhi.shared.NavigationEntry;
import org.fazhi.shared.Paging;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.SheetWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of contract review: the register with its filters and export, the submission form, and a review with its
 * rounds, files, deadline, the conflict check and only the steps the user's post allows now.
 */
@Controller
@RequestMapping("/legal")
class ContractPages {

	static final String MAY_READ = "hasAnyRole('ADMIN', 'LEADER', 'LEGAL_OFFICER', 'ENFORCEMENT_OFFICER',"
			+ " 'LEGAL_REVIEWER', 'LEGAL_ADVISOR', 'COMMUNITY_WORKER', 'AUDITOR')";
	static final String MAY_SUBMIT = "hasAnyRole('LEADER', 'LEGAL_OFFICER', 'ENFORCEMENT_OFFICER', 'LEGAL_REVIEWER',"
			+ " 'COMMUNITY_WORKER')";
	static final String MAY_ASSIGN = "hasRole('LEGAL_OFFICER')";
	static final String MAY_GIVE_OPINION = "hasRole('LEGAL_ADVISOR')";
	static final String MAY_WRITE_DOCUMENT = "hasAnyRole('LEGAL_OFFICER', 'LEGAL_ADVISOR')";

	static final int PAGE_SIZE = 50;

	private final ContractWork work;
	private final ContractDocuments documents;
	private final OrganisationDirectory directory;
	private final LegalFigureBook figures;
	private final Attachments attachments;
	private final Refusals refusals;
	private final AuditTrail trail;

	ContractPages(ContractWork work, ContractDocuments documents, OrganisationDirectory directory,
			LegalFigureBook figures, Attachments attachments, Refusals refusals, AuditTrail trail) {
		this.work = work;
		this.documents = documents;
		this.directory = directory;
		this.figures = figures;
		this.attachments = attachments;
		this.refusals = refusals;
		this.trail = trail;
	}

	@Bean
	static NavigationEntry contractsNavigation() {
		return new NavigationEntry(60, "legal", "nav.contracts", "/legal/contracts", Set.of("ADMIN", "LEADER",
				"LEGAL_OFFICER", "ENFORCEMENT_OFFICER", "LEGAL_REVIEWER", "LEGAL_ADVISOR", "COMMUNITY_WORKER", "AUDITOR"));
	}

	/** The departments of the tenant by id, from its staff. */
	private Map<Long, String> departments(FazhiUser user) {
		Map<Long, String> names = new TreeMap<>();
		directory.activeStaff(user.tenantId()).forEach(s -> names.put(s.departmentId(), s.departmentName()));
		return names;
	}

	private Map<Long, String> staffNames(FazhiUser user) {
		Map<Long, String> names = new HashMap<>();
		directory.activeStaff(user.tenantId()).forEach(s -> names.put(s.accountId(), s.fullName()));
		return names;
	}

	/** The register's filter as the page and the export take it; a year out of range is no filter. */
	static ContractWork.ContractFilter filter(ContractReview.State state, ContractReview.Type type, Long department,
			Long lawyer, ContractReview.Opinion opinion, Boolean signedBeforeReview, Integer year,
			org.springframework.data.jpa.domain.Specification<ContractReview> figure) {
		return new ContractWork.ContractFilter(state, type, department, lawyer, opinion, signedBeforeReview,
				year == null || year < 2000 || year > 2100 ? null : year, figure);
	}

	@GetMapping("/contracts")
	@PreAuthorize(MAY_READ)
	String list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) ContractReview.State state,
			@RequestParam(required = false) ContractReview.Type type, @RequestParam(required = false) Long department,
			@RequestParam(required = false) Long lawyer, @RequestParam(required = false) ContractReview.Opinion opinion,
			@RequestParam(required = false) Boolean signedBeforeReview, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String figure,
			@RequestParam(required = false) Integer figureYear, @RequestParam(defaultValue = "false") boolean exact,
			Model model) {
		var drill = figures.contractDrill(user, figure, figureYear);
		var filter = filter(state, type, department, lawyer, opinion, signedBeforeReview, year,
				drill.map(LegalFigureBook.Drill::records).orElse(null));
		model.addAttribute("drill", drill.orElse(null));
		model.addAttribute("figureNotShown", figure != null && drill.isEmpty());
		var result = Paging.clamped(page, PAGE_SIZE, Sort.by("submittedOn", "id").descending(),
				p -> work.page(user, filter, p, exact));
		model.addAttribute("contracts", result.getContent());
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("states", ContractReview.State.values());
		model.addAttribute("types", ContractReview.Type.values());
		model.addAttribute("opinions", ContractReview.Opinion.values());
		model.addAttribute("departments", departments(user));
		model.addAttribute("lawyers", work.lawyers(user));
		model.addAttribute("names", staffNames(user));
		model.addAttribute("maySubmit", ContractWork.maySubmit(user));
		return "legal/contracts/contracts";
	}

	@GetMapping("/contracts/export")
	@PreAuthorize(MAY_READ)
	void export(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) ContractReview.State state,
			@RequestParam(required = false) ContractReview.Type type, @RequestParam(required = false) Long department,
			@RequestParam(required = false) Long lawyer, @RequestParam(required = false) ContractReview.Opinion opinion,
			@RequestParam(required = false) Boolean signedBeforeReview, @RequestParam(required = false) Integer year,
			HttpServletResponse response) throws IOException {
		var filter = filter(state, type, department, lawyer, opinion, signedBeforeReview, year, null);
		var departments = departments(user);
		var names = staffNames(user);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contracts.xlsx\"");
		try (var sheet = new SheetWriter("contracts", "id", "review_no", "title", "type", "department", "counterparty",
				"credit_code", "amount", "term_from", "term_to", "submitted_on", "state", "lawyer", "round", "opinion",
				"first_opinion_on", "late_rounds", "signed_on", "signed_before_review")) {
			long rows = work.forEach(user, filter, c -> sheet.row(c.getId(), c.getReviewNo(), c.getTitle(),
					c.getContractType(), departments.getOrDefault(c.getDepartmentId(), ""), c.getCounterpartyName(),
					c.getCounterpartyCode(), c.getAmount(), c.getTermFrom(), c.getTermTo(), c.getSubmittedOn(),
					c.getState(), c.getLawyerId() == null ? "" : names.getOrDefault(c.getLawyerId(), ""),
					c.getRoundNo(), c.getOpinion(), c.getFirstOpinionOn(), c.getLateRounds(), c.getSignedOn(),
					c.isSignedBeforeReview()));
			trail.record(AuditAction.EXPORT, ContractWork.CONTRACT, null, AuditOutcome.SUCCESS, "rows " + rows);
			sheet.writeTo(response.getOutputStream());
		}
	}

	// ---------------------------------------------------------------- submission

	@GetMapping("/contracts/new")
	@PreAuthorize(MAY_SUBMIT)
	String form(Model model) {
		var form = new HashMap<String, String>();
		form.put("counterpartyKind", ContractReview.CounterpartyKind.ORGANISATION.name());
		form.put("submittedOn", work.today().toString());
		return form(form, model);
	}

	private String form(Map<String, String> form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("types", ContractReview.Type.values());
		model.addAttribute("counterpartyKinds", ContractReview.CounterpartyKind.values());
		return "legal/contracts/new";
	}

	@PostMapping("/contracts/new")
	@PreAuthorize(MAY_SUBMIT)
	String submit(@AuthenticationPrincipal FazhiUser user, @RequestParam Map<String, String> form,
			@RequestParam(required = false) MultipartFile file, Model model) {
		try {
			var submission = new ContractWork.Submission(form.get("title"),
					Input.choice(ContractReview.Type.class, "type", form.get("type")),
					Input.choice(ContractReview.CounterpartyKind.class, "counterpartyKind", form.get("counterpartyKind")),
					form.get("counterpartyName"), form.get("counterpartyCode"), form.get("counterpartyIdentity"),
					Input.number("amount", form.get("amount")), optionalDate("termFrom", form.get("termFrom")),
					optionalDate("termTo", form.get("termTo")), optionalDate("submittedOn", form.get("submittedOn")));
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("file", "contract.file.required");
			}
			ContractReview review;
			try (var content = file.getInputStream()) {
				review = work.submit(user, submission, file.getOriginalFilename(), content);
			}
			return "redirect:/legal/contracts/" + review.getId();
		}
		catch (RuleViolation violation) {
			refusals.record(violation, ContractWork.CONTRACT, null);
			model.addAttribute("refusal", violation.messageKey());
			model.addAttribute("refusalArguments", violation.arguments());
			model.addAttribute("refusalRule", violation.ruleCode());
			var kept = new HashMap<>(form);
			kept.remove("counterpartyIdentity");
			return form(kept, model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static java.time.LocalDate optionalDate(String field, String value) {
		return Input.trim(value) == null ? null : Input.date(field, value);
	}

	// ---------------------------------------------------------------- one review

	@GetMapping("/contracts/{id}")
	@PreAuthorize(MAY_READ)
	String review(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) Long checkLawyer, Model model) {
		var review = work.get(user, id);
		model.addAttribute("c", review);
		model.addAttribute("maskedIdentity", work.maskedIdentity(review));
		model.addAttribute("rounds", work.roundsOf(user, id));
		model.addAttribute("deadlines", work.deadlinesOf(user, id));
		model.addAttribute("files", attachments.of(user, ContractWork.CONTRACT, String.valueOf(id)));
		model.addAttribute("departments", departments(user));
		model.addAttribute("names", staffNames(user));
		model.addAttribute("opinions", ContractReview.Opinion.values());
		model.addAttribute("today", work.today());
		model.addAttribute("reviewDays", work.reviewDays());
		boolean open = review.getState().open();
		boolean mayAssign = ContractWork.mayAssign(user) && (review.getState() == ContractReview.State.SUBMITTED
				|| review.getState() == ContractReview.State.IN_REVIEW);
		model.addAttribute("mayAssign", mayAssign);
		if (mayAssign) {
			model.addAttribute("lawyers", work.lawyers(user));
			model.addAttribute("conflicts", work.conflictsOfEveryLawyer(user, id));
		}
		model.addAttribute("mayGiveOpinion", ContractWork.isReviewer(user, review)
				&& review.getState() == ContractReview.State.IN_REVIEW);
		boolean department = ContractWork.maySubmit(user);
		model.addAttribute("mayRevise", department && review.getState() == ContractReview.State.RETURNED);
		model.addAttribute("maySign", department && open);
		model.addAttribute("mayWithdraw", department && open);
		model.addAttribute("mayWriteDocument", review.getOpinion() != null
				&& (ContractWork.isReviewer(user, review) || ContractWork.mayAssign(user)));
		// why the others are closed
		model.addAttribute("signWarning", department && open && review.getState() != ContractReview.State.PASSED);
		model.addAttribute("waitingForLawyer", review.getState() == ContractReview.State.IN_REVIEW
				&& !ContractWork.isReviewer(user, review));
		return "legal/contracts/contract";
	}

	private String act(RedirectAttributes redirect, long id, Runnable action) {
		return refusals.actThenRedirect(redirect, "/legal/contracts/" + id, ContractWork.CONTRACT, id, action);
	}

	@PostMapping("/contracts/{id}/assign")
	@PreAuthorize(MAY_ASSIGN)
	String assign(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String lawyerId, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.assign(user, id, Input.number("lawyerId", lawyerId), null));
	}

	@PostMapping("/contracts/{id}/opinion")
	@PreAuthorize(MAY_GIVE_OPINION)
	String opinion(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String opinion, @RequestParam(required = false) String reasons,
			@RequestParam(required = false) String riskyClauses, @RequestParam(required = false) MultipartFile markedUp,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> {
			var given = Input.choice(ContractReview.Opinion.class, "opinion", opinion);
			if (markedUp == null || markedUp.isEmpty()) {
				work.opinion(user, id, given, reasons, riskyClauses, null, null, null);
				return;
			}
			try (var content = markedUp.getInputStream()) {
				work.opinion(user, id, given, reasons, riskyClauses, markedUp.getOriginalFilename(), content, null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@PostMapping("/contracts/{id}/revise")
	@PreAuthorize(MAY_SUBMIT)
	String revise(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(redirect, id, () -> {
			if (file == null || file.isEmpty()) {
				work.revise(user, id, null, null, note, null);
				return;
			}
			try (var content = file.getInputStream()) {
				work.revise(user, id, file.getOriginalFilename(), content, note, null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@PostMapping("/contracts/{id}/sign")
	@PreAuthorize(MAY_SUBMIT)
	String sign(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.sign(user, id, optionalDate("on", on)));
	}

	@PostMapping("/contracts/{id}/withdraw")
	@PreAuthorize(MAY_SUBMIT)
	String withdraw(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, () -> work.withdraw(user, id));
	}

	@PostMapping("/contracts/{id}/document")
	@PreAuthorize(MAY_WRITE_DOCUMENT)
	String document(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, id, () -> redirect.addFlashAttribute("generated", documents.generate(user, id).id()));
	}
}
