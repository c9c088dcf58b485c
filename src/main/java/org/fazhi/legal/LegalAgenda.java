package org.fazhi.legal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.legal.internal.contracts.ContractReview;
import org.fazhi.legal.internal.contracts.ContractWork;
import org.fazhi.legal.internal.decisions.DecisionWork;
import org.fazhi.legal.internal.decisions.MajorDecision;
import org.fazhi.legal.internal.suggestions.ProcuratorialSuggestion;
import org.fazhi.legal.internal.suggestions.SuggestionWork;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the workbench's to-do centre: the contract reviews waiting for the user's step, read within the user's scope
 * like every other read of them — the justice office's to assign, the lawyer's to answer, the department's to revise
 * — the justice office's reconsideration answers and litigation defences due, and the decisions and procuratorial
 * suggestions waiting for their next step.
 */
@Service
@Transactional(readOnly = true)
public class LegalAgenda {

	/** How many the workbench lists. */
	public static final int SHOWN = 10;

	/** A review waiting for the user, and the step it waits for ({@code stepKey}, a message key). */
	public record ContractToDo(long id, String reviewNo, String title, LocalDate submittedOn, String stepKey) {
	}

	/** A reconsideration or litigation file waiting for the justice office, its step and the day it is due by. */
	public record ChallengeToDo(long id, String challengeNo, String claimant, LocalDate due, String stepKey) {
	}

	/** A decision or a procuratorial suggestion waiting for the user: its number, title, day and step (a message key). */
	public record MatterToDo(String path, String number, String title, LocalDate on, String stepKey) {
	}

	private final ContractWork work;
	private final org.fazhi.legal.internal.challenges.ChallengeWork challenges;
	private final DecisionWork decisions;
	private final SuggestionWork suggestions;

	LegalAgenda(ContractWork work, org.fazhi.legal.internal.challenges.ChallengeWork challenges,
			DecisionWork decisions, SuggestionWork suggestions) {
		this.work = work;
		this.challenges = challenges;
		this.decisions = decisions;
		this.suggestions = suggestions;
	}

	/**
	 * The decisions waiting for the user: the head's, reviewed and waiting for the collective discussion; a reviewer's,
	 * sent to them for the legality review; and the justice office's procuratorial suggestions still to be answered,
	 * the reply due first. Read within the user's scope like every read of them.
	 */
	public List<MatterToDo> mattersFor(FazhiUser user) {
		List<MatterToDo> todo = new ArrayList<>();
		var oldestFirst = PageRequest.of(0, SHOWN, Sort.by("catalogueYear", "id"));
		if (DecisionWork.mayDiscuss(user)) {
			decisions.page(user, new DecisionWork.DecisionFilter(null, MajorDecision.State.REVIEWED, null, null), null,
					oldestFirst, false).getContent()
				.forEach(d -> todo.add(new MatterToDo("/legal/decisions/" + d.getId(), d.getDecisionNo(), d.getTitle(),
						null, "workbench.decision.discuss")));
		}
		if (SuggestionWork.mayHandle(user)) {
			for (var state : List.of(ProcuratorialSuggestion.State.RECEIVED, ProcuratorialSuggestion.State.RECTIFYING)) {
				suggestions.page(user, new SuggestionWork.SuggestionFilter(state, null, null),
						PageRequest.of(0, SHOWN, Sort.by("receivedOn", "id")), false).getContent()
					.forEach(s -> todo.add(new MatterToDo("/legal/suggestions/" + s.getId(), s.getSuggestionNo(),
							s.getProcuratorate(), s.getReplyDueOn(), state == ProcuratorialSuggestion.State.RECEIVED
									? "workbench.suggestion.plan" : "workbench.suggestion.reply")));
			}
		}
		if (DecisionWork.mayReview(user)) {
			decisions.page(user, new DecisionWork.DecisionFilter(null, MajorDecision.State.REVIEW, null,
					user.accountId()), null, oldestFirst, false).getContent()
				.forEach(d -> todo.add(new MatterToDo("/legal/decisions/" + d.getId(), d.getDecisionNo(), d.getTitle(),
						null, "workbench.decision.review")));
		}
		return todo.size() > SHOWN ? todo.subList(0, SHOWN) : todo;
	}

	/**
	 * The justice office's answers and defences due (the earliest first), and the lawsuits whose appeal period runs:
	 * read within its scope like every read of the files.
	 */
	public List<ChallengeToDo> challengesFor(FazhiUser user) {
		if (!org.fazhi.legal.internal.challenges.ChallengeWork.mayHandle(user)) {
			return List.of();
		}
		List<ChallengeToDo> todo = new ArrayList<>();
		var received = org.fazhi.legal.internal.challenges.LegalChallenge.State.RECEIVED;
		challenges.page(user, new org.fazhi.legal.internal.challenges.ChallengeWork.ChallengeFilter(null, received, null,
				null, null), PageRequest.of(0, SHOWN, Sort.by("receivedOn", "id")), false).getContent()
			.forEach(c -> todo.add(new ChallengeToDo(c.getId(), c.getChallengeNo(), c.getClaimant(), c.getAnswerDueOn(),
					c.getKind() == org.fazhi.legal.internal.challenges.LegalChallenge.Kind.LITIGATION
							? "workbench.challenge.defence" : "workbench.challenge.answer")));
		challenges.page(user, new org.fazhi.legal.internal.challenges.ChallengeWork.ChallengeFilter(null,
				org.fazhi.legal.internal.challenges.LegalChallenge.State.DECIDED, null, null, null),
				PageRequest.of(0, SHOWN, Sort.by("receivedOn", "id")), false).getContent()
			.forEach(c -> todo.add(new ChallengeToDo(c.getId(), c.getChallengeNo(), c.getClaimant(),
					c.getAppealDueOn(), c.getAppealDueOn() != null ? "workbench.challenge.appeal"
							: "workbench.challenge.perform")));
		return todo.size() > SHOWN ? todo.subList(0, SHOWN) : todo;
	}

	public List<ContractToDo> contractsFor(FazhiUser user) {
		List<ContractToDo> todo = new ArrayList<>();
		if (user.hasRole(Role.LEGAL_OFFICER)) {
			add(todo, user, ContractReview.State.SUBMITTED, null, null, "workbench.contract.assign");
		}
		if (user.hasRole(Role.LEGAL_ADVISOR)) {
			add(todo, user, ContractReview.State.IN_REVIEW, null, user.accountId(), "workbench.contract.opinion");
		}
		if (ContractWork.maySubmit(user)) {
			// the department's own contracts returned for changes
			add(todo, user, ContractReview.State.RETURNED, user.departmentId(), null, "workbench.contract.revise");
		}
		return todo.size() > SHOWN ? todo.subList(0, SHOWN) : todo;
	}

	private void add(List<ContractToDo> todo, FazhiUser user, ContractReview.State state, Long department, Long lawyer,
			String step) {
		var page = work.page(user, new ContractWork.ContractFilter(state, null, department, lawyer, null, null, null, null),
				PageRequest.of(0, SHOWN, Sort.by("submittedOn", "id")), false);
		page.getContent().forEach(c -> todo.add(new ContractToDo(c.getId(), c.getReviewNo(), c.getTitle(),
				c.getSubmittedOn(), step)));
	}
}
