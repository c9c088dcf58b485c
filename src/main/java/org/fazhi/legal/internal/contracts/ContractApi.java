package org.fazhi.legal.internal.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Paging;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Contract reviews as JSON: the register (filtered, paged and scoped like the page), one review with its rounds and
 * deadline, the conflict check, and each step with the same guards; files go as multipart parts.
 */
@RestController
@RequestMapping("/api/v1/legal/contracts")
class ContractApi {

	record ContractSummary(long id, String reviewNo, String title, ContractReview.Type type, long departmentId,
			ContractReview.CounterpartyKind counterpartyKind, String counterpartyName, String counterpartyCode,
			String counterpartyIdentity, long amount, LocalDate termFrom, LocalDate termTo, LocalDate submittedOn,
			ContractReview.State state, Long lawyerId, int round, ContractReview.Opinion opinion,
			LocalDate firstOpinionOn, int lateRounds, LocalDate signedOn, boolean signedBeforeReview) {
	}

	record ContractPage(List<ContractSummary> content, int page, int size, long totalElements, int totalPages,
			boolean totalCapped) {
	}

	record RoundView(int round, long fileId, LocalDate submittedOn, Long lawyerId, ContractReview.Opinion opinion,
			String reasons, String riskyClauses, Long markedUpId, Long documentId, LocalDate opinionOn, Boolean onTime) {
	}

	record DeadlineSummary(long id, String rule, String citation, LocalDate due, String status, Boolean completedOnTime) {
	}

	record ContractDetail(ContractSummary contract, List<RoundView> rounds, List<DeadlineSummary> deadlines) {
	}

	private final ContractWork work;

	ContractApi(ContractWork work) {
		this.work = work;
	}

	private ContractSummary summary(ContractReview c) {
		return new ContractSummary(c.getId(), c.getReviewNo(), c.getTitle(), c.getContractType(), c.getDepartmentId(),
				c.getCounterpartyKind(), c.getCounterpartyName(), c.getCounterpartyCode(), work.maskedIdentity(c),
				c.getAmount(), c.getTermFrom(), c.getTermTo(), c.getSubmittedOn(), c.getState(), c.getLawyerId(),
				c.getRoundNo(), c.getOpinion(), c.getFirstOpinionOn(), c.getLateRounds(), c.getSignedOn(),
				c.isSignedBeforeReview());
	}

	private ContractDetail detail(FazhiUser user, long id) {
		var review = work.get(user, id);
		return new ContractDetail(summary(review), work.roundsOf(user, id).stream()
			.map(r -> new RoundView(r.getRoundNo(), r.getFileId(), r.getSubmittedOn(), r.getLawyerId(), r.getOpinion(),
					r.getReasons(), r.getRiskyClauses(), r.getMarkedUpId(), r.getDocumentId(), r.getOpinionOn(),
					r.getOnTime()))
			.toList(), work.deadlinesOf(user, id).stream().map(d -> new DeadlineSummary(d.id(), d.rule().code(),
					d.rule().citation(), d.due(), d.status().name(), d.completedOnTime())).toList());
	}

	@GetMapping
	@PreAuthorize(ContractPages.MAY_READ)
	ContractPage list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) ContractReview.State state,
			@RequestParam(required = false) ContractReview.Type type, @RequestParam(required = false) Long department,
			@RequestParam(required = false) Long lawyer, @RequestParam(required = false) ContractReview.Opinion opinion,
			@RequestParam(required = false) Boolean signedBeforeReview, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(defaultValue = "false") boolean exact) {
		var filter = ContractPages.filter(state, type, department, lawyer, opinion, signedBeforeReview, year, null);
		var result = Paging.clamped(page, Math.min(Math.max(size, 1), 500), Sort.by("submittedOn", "id").descending(),
				p -> work.page(user, filter, p, exact));
		return new ContractPage(result.getContent().stream().map(this::summary).toList(), result.getNumber(),
				result.getSize(), result.getTotalElements(), result.getTotalPages(), result.isCapped());
	}

	@GetMapping("/{id}")
	@PreAuthorize(ContractPages.MAY_READ)
	ContractDetail get(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		return detail(user, id);
	}

	@GetMapping("/{id}/conflicts")
	@PreAuthorize(ContractPages.MAY_ASSIGN)
	List<ContractWork.Conflict> conflicts(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) Long lawyerId) {
		work.get(user, id);
		if (lawyerId == null) {
			throw new RuleViolation("lawyerId", "field.required");
		}
		return work.conflicts(user, id, lawyerId);
	}

	@PostMapping
	@PreAuthorize(ContractPages.MAY_SUBMIT)
	@ResponseStatus(HttpStatus.CREATED)
	ContractDetail submit(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String title,
			@RequestParam(required = false) ContractReview.Type type,
			@RequestParam(required = false) ContractReview.CounterpartyKind counterpartyKind,
			@RequestParam(required = false) String counterpartyName,
			@RequestParam(required = false) String counterpartyCode,
			@RequestParam(required = false) String counterpartyIdentity, @RequestParam(required = false) Long amount,
			@RequestParam(required = false) LocalDate termFrom, @RequestParam(required = false) LocalDate termTo,
			@RequestParam(required = false) LocalDate submittedOn,
			@RequestParam(required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new RuleViolation("file", "contract.file.required");
		}
		try (var content = file.getInputStream()) {
			var review = work.submit(user, new ContractWork.Submission(title, type, counterpartyKind, counterpartyName,
					counterpartyCode, counterpartyIdentity, amount, termFrom, termTo, submittedOn),
					file.getOriginalFilename(), content);
			return detail(user, review.getId());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize(ContractPages.MAY_ASSIGN)
	ContractDetail assign(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) Long lawyerId, @RequestParam(required = false) LocalDate on) {
		work.assign(user, id, lawyerId, on);
		return detail(user, id);
	}

	@PostMapping("/{id}/opinion")
	@PreAuthorize(ContractPages.MAY_GIVE_OPINION)
	ContractDetail opinion(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) ContractReview.Opinion opinion,
			@RequestParam(required = false) String reasons, @RequestParam(required = false) String riskyClauses,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) MultipartFile markedUp) {
		if (markedUp == null || markedUp.isEmpty()) {
			work.opinion(user, id, opinion, reasons, riskyClauses, null, null, on);
		}
		else {
			try (var content = markedUp.getInputStream()) {
				work.opinion(user, id, opinion, reasons, riskyClauses, markedUp.getOriginalFilename(), content, on);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return detail(user, id);
	}

	@PostMapping("/{id}/revise")
	@PreAuthorize(ContractPages.MAY_SUBMIT)
	ContractDetail revise(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String note, @RequestParam(required = false) LocalDate on,
			@RequestParam(required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			work.revise(user, id, null, null, note, on);
		}
		else {
			try (var content = file.getInputStream()) {
				work.revise(user, id, file.getOriginalFilename(), content, note, on);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return detail(user, id);
	}

	@PostMapping("/{id}/sign")
	@PreAuthorize(ContractPages.MAY_SUBMIT)
	ContractDetail sign(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate on) {
		work.sign(user, id, on);
		return detail(user, id);
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize(ContractPages.MAY_SUBMIT)
	ContractDetail withdraw(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		work.withdraw(user, id);
		return detail(user, id);
	}
}
