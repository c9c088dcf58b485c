package org.fazhi.legal.internal.challenges;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.enforcement.ChallengedDecisions;
import org.fazhi.legal.internal.challenges.LegalChallenge.Kind;
import org.fazhi.legal.internal.challenges.LegalChallenge.Outcome;
import org.fazhi.legal.internal.challenges.LegalChallenge.State;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Paging;
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

/**
 * Reconsideration and litigation files as JSON: the register (paged and scoped like the page), one file with its
 * periods and the challenged case, and every step, with the same guards as the pages.
 */
@RestController
@RequestMapping("/api/v1/legal/challenges")
class ChallengeApi {

	record ChallengeSummary(long id, String challengeNo, Kind kind, boolean simpleProcedure,
			LegalChallenge.Instance instance, String claimant, String body, String bodyCaseNo, String challengedAct,
			Long caseId, String caseNo, long handlerId, Long lawyerId, State state, LocalDate receivedOn,
			LocalDate answerDueOn, LocalDate answeredOn, Boolean answeredOnTime, LocalDate hearingOn,
			Boolean headAppeared, Long appearedId, LocalDate settledOn, boolean throughMediation, String disputeNo,
			Outcome outcome, LegalChallenge.Form outcomeForm, LocalDate outcomeOn, Outcome firstOutcome,
			LocalDate appealDueOn, LegalChallenge.Party appealedBy, LocalDate finalOn, LocalDate letterReceivedOn,
			LocalDate letterRepliedOn, LocalDate performedOn, Long answerFileId) {

		static ChallengeSummary of(LegalChallenge c) {
			return new ChallengeSummary(c.getId(), c.getChallengeNo(), c.getKind(), c.isSimpleProcedure(),
					c.getInstance(), c.getClaimant(), c.getBody(), c.getBodyCaseNo(), c.getChallengedAct(), c.getCaseId(),
					c.getCaseNo(), c.getHandlerId(), c.getLawyerId(), c.getState(), c.getReceivedOn(), c.getAnswerDueOn(),
					c.getAnsweredOn(), c.getAnsweredOnTime(), c.getHearingOn(), c.getHeadAppeared(), c.getAppearedId(),
					c.getSettledOn(), c.isThroughMediation(), c.getDisputeNo(), c.getOutcome(), c.getOutcomeForm(),
					c.getOutcomeOn(), c.getFirstOutcome(), c.getAppealDueOn(), c.getAppealedBy(), c.getFinalOn(),
					c.getLetterReceivedOn(), c.getLetterRepliedOn(), c.getPerformedOn(), c.getAnswerFileId());
		}
	}

	record ChallengePage(List<ChallengeSummary> content, int page, int size, long totalElements, int totalPages,
			boolean totalCapped) {
	}

	record DeadlineSummary(long id, String rule, String citation, LocalDate due, String status, Boolean completedOnTime) {
	}

	record ChallengeDetail(ChallengeSummary challenge, ChallengedDecisions.CaseFile challengedCase,
			List<DeadlineSummary> deadlines) {
	}

	private final ChallengeWork work;
	private final ChallengeDocuments documents;

	ChallengeApi(ChallengeWork work, ChallengeDocuments documents) {
		this.work = work;
		this.documents = documents;
	}

	private ChallengeDetail detail(FazhiUser user, long id) {
		var c = work.get(user, id);
		return new ChallengeDetail(ChallengeSummary.of(c), work.caseOf(user, c).orElse(null),
				work.deadlinesOf(user, id).stream().map(d -> new DeadlineSummary(d.id(), d.rule().code(),
						d.rule().citation(), d.due(), d.status().name(), d.completedOnTime())).toList());
	}

	@GetMapping
	@PreAuthorize(ChallengePages.MAY_READ)
	ChallengePage list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Kind kind,
			@RequestParam(required = false) State state, @RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "false") boolean exact) {
		var filter = ChallengePages.filter(kind, state, outcome, year, null);
		var result = Paging.clamped(page, Math.min(Math.max(size, 1), 500), Sort.by("receivedOn", "id").descending(),
				p -> work.page(user, filter, p, exact));
		return new ChallengePage(result.getContent().stream().map(ChallengeSummary::of).toList(), result.getNumber(),
				result.getSize(), result.getTotalElements(), result.getTotalPages(), result.isCapped());
	}

	@GetMapping("/{id}")
	@PreAuthorize(ChallengePages.MAY_READ)
	ChallengeDetail get(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		return detail(user, id);
	}

	@PostMapping
	@PreAuthorize(ChallengePages.MAY_HANDLE)
	@ResponseStatus(HttpStatus.CREATED)
	ChallengeDetail receive(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Kind kind,
			@RequestParam(defaultValue = "false") boolean simpleProcedure,
			@RequestParam(required = false) String claimant, @RequestParam(defaultValue = "false") boolean claimantPerson,
			@RequestParam(required = false) String body, @RequestParam(required = false) String bodyCaseNo,
			@RequestParam(required = false) String challengedAct, @RequestParam(required = false) String caseNo,
			@RequestParam(required = false) Long lawyerId, @RequestParam(required = false) LocalDate receivedOn) {
		var c = work.receive(user, new ChallengeWork.Receipt(kind, simpleProcedure, claimant, claimantPerson, body,
				bodyCaseNo, challengedAct, caseNo, lawyerId, receivedOn));
		return detail(user, c.getId());
	}

	@PostMapping("/{id}/answer")
	@PreAuthorize(ChallengePages.MAY_HANDLE)
	ChallengeDetail answer(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String basis, @RequestParam(required = false) String argument,
			@RequestParam(required = false) String evidence, @RequestParam(required = false) LocalDate on) {
		work.answer(user, id, basis, argument, evidence, on);
		return detail(user, id);
	}

	@PostMapping("/{id}/hearing")
	@PreAuthorize(ChallengePages.MAY_HANDLE)
	ChallengeDetail hearing(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) Boolean headAppeared,
			@RequestParam(required = false) Long appearedId) {
		work.hearing(user, id, on, headAppeared, appearedId);
		return detail(user, id);
	}

	@PostMapping("/{id}/settle")
	@PreAuthorize(ChallengePages.MAY_HANDLE)
	ChallengeDetail settle(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String terms,
			@RequestParam(defaultValue = "false") boolean throughMediation,
			@RequestParam(required = false) String disputeNo) {
		work.settle(user, id, on, terms, throughMediation, disputeNo);
		return detail(user, id);
	}

	@PostMapping("/{id}/decide")
	@PreAuthorize(ChallengePages.MAY_HANDLE)
	ChallengeDetail decide(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) Outcome outcome, @RequestParam(required = false) LegalChallenge.Form form,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) LocalDate statementOn) {
		work.decide(user, id, outcome, form, on, statementOn);
		return detail(user, id);
	}

	@PostMapping("/{id}/appeal")
	@PreAuthorize(ChallengePages.MAY_HANDLE)
	ChallengeDetail appeal(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LegalChallenge.Party by, @RequestParam(required = false) LocalDate on) {
		work.appeal(user, id, by, on);
		return detail(user, id);
	}

	@PostMapping("/{id}/final")
	@PreAuthorize(ChallengePages.MAY_HANDLE)
	ChallengeDetail becomeFinal(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		work.becomeFinal(user, id);
		return detail(user, id);
	}

	@PostMapping("/{id}/retrial")
	@PreAuthorize(ChallengePages.MAY_HANDLE)
	ChallengeDetail retrial(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate on) {
		work.retrial(user, id, on);
		return detail(user, id);
	}

	@PostMapping("/{id}/letter")
	@PreAuthorize(ChallengePages.MAY_HANDLE)
	ChallengeDetail letter(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate on) {
		work.letter(user, id, on);
		return detail(user, id);
	}

	@PostMapping("/{id}/letter-reply")
	@PreAuthorize(ChallengePages.MAY_HANDLE)
	ChallengeDetail letterReply(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String reply) {
		work.letterReply(user, id, on, reply);
		return detail(user, id);
	}

	@PostMapping("/{id}/perform")
	@PreAuthorize(ChallengePages.MAY_HANDLE)
	ChallengeDetail perform(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) LocalDate on, @RequestParam(required = false) String performance) {
		work.perform(user, id, on, performance);
		return detail(user, id);
	}

	@PostMapping("/{id}/document")
	@PreAuthorize(ChallengePages.MAY_HANDLE)
	@ResponseStatus(HttpStatus.CREATED)
	org.fazhi.files.AttachmentView document(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		return documents.generate(user, id);
	}
}
