package org.fazhi.enforcement.internal.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.enforcement.internal.cases.PenaltyCase.Outcome;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PenaltyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.Procedure;
import org.fazhi.enforcement.internal.cases.PenaltyCase.ReviewOpinion;
import org.fazhi.enforcement.internal.cases.PenaltyCase.State;

/**
 * The procedure a case follows, stage by stage, as the progress bar of its page shows it: done, current, ahead, or
 * skipped with the reason (the article that makes the stage unnecessary for this case).
 */
final class CaseProgress {

	enum Stage {
		REGISTER, FILING, INVESTIGATION, NOTICE, DEFENCE, HEARING, REVIEW, DISCUSSION, PROPOSAL, DECISION, SERVICE,
		EXECUTION, CLOSING
	}

	enum Status {
		DONE, CURRENT, AHEAD, SKIPPED
	}

	/** One stage; the note (a message key and its arguments) says when it was done, until when it runs, or why not. */
	record Step(Stage stage, Status status, String noteKey, Object[] noteArguments) {
	}

	private CaseProgress() {
	}

	static List<Step> of(PenaltyCase c, boolean reviewRequired, boolean discussionRequired, LocalDate today) {
		List<Step> steps = new ArrayList<>();
		boolean summary = c.getProcedureKind() == Procedure.SUMMARY;
		boolean ended = c.getState() == State.TERMINATED || c.getState() == State.TRANSFERRED;
		Outcome outcome = c.getOutcome() != null ? c.getOutcome() : c.getProposalOutcome();
		boolean noPenalty = outcome != null && outcome != Outcome.PENALTY;
		boolean current = false;
		for (Stage stage : Stage.values()) {
			if (summary && stage != Stage.REGISTER && stage != Stage.DECISION && stage != Stage.SERVICE
					&& stage != Stage.EXECUTION && stage != Stage.CLOSING) {
				continue;
			}
			LocalDate done = doneOn(stage, c, today);
			String skip = done != null ? null : skipped(stage, c, noPenalty, reviewRequired, discussionRequired, ended);
			Status status;
			String key = null;
			Object[] args = new Object[0];
			if (done != null) {
				status = Status.DONE;
				key = "stageNote.doneOn";
				args = new Object[] { done };
			}
			else if (skip != null) {
				status = Status.SKIPPED;
				key = skip;
			}
			else if (!current && c.getState().open()) {
				status = Status.CURRENT;
				current = true;
				if (stage == Stage.DEFENCE && c.getDefenceDueOn() != null) {
					key = "stageNote.defenceUntil";
					args = new Object[] { c.getDefenceDueOn() };
				}
			}
			else {
				status = Status.AHEAD;
			}
			steps.add(new Step(stage, status, key, args));
		}
		return steps;
	}

	private static LocalDate doneOn(Stage stage, PenaltyCase c, LocalDate today) {
		return switch (stage) {
			case REGISTER -> c.getRegisteredOn();
			case FILING -> c.getFiledOn();
			case INVESTIGATION -> c.getNoticeOn() != null ? c.getNoticeOn() : c.getProposalOn();
			case NOTICE -> c.getNoticeOn();
			case DEFENCE -> c.getDefenceOn() != null ? c.getDefenceOn()
					: c.getDefenceWaivedOn() != null ? c.getDefenceWaivedOn()
							: c.getDefenceDueOn() != null && today.isAfter(c.getDefenceDueOn()) ? c.getDefenceDueOn()
									: null;
			case HEARING -> c.getHearingHeldOn();
			case REVIEW -> c.getReviewOpinion() != null && c.getReviewOpinion() != ReviewOpinion.RETURN ? c.getReviewOn()
					: null;
			case DISCUSSION -> c.getDiscussionOn();
			case PROPOSAL -> c.getProposalOn();
			case DECISION -> c.getDecidedOn();
			case SERVICE -> c.getServedOn();
			case EXECUTION -> c.getPaidOn() != null ? c.getPaidOn() : c.getCourtAppliedOn();
			case CLOSING -> c.getState() == State.CLOSED ? c.getClosedOn() : null;
		};
	}

	/** Why a stage is not part of this case's procedure, or null. */
	private static String skipped(Stage stage, PenaltyCase c, boolean noPenalty, boolean reviewRequired,
			boolean discussionRequired, boolean ended) {
		if (ended && c.getDecidedOn() == null && stage.ordinal() > Stage.FILING.ordinal()) {
			return c.getState() == State.TRANSFERRED ? "stageNote.transferred" : "stageNote.terminated";
		}
		return switch (stage) {
			case NOTICE, DEFENCE -> noPenalty ? "stageNote.noPenaltyNoNotice" : null;
			case HEARING -> {
				if (noPenalty || (c.getNoticeOn() != null && !c.isHearingRight())) {
					yield "stageNote.noHearingRight";
				}
				if (c.getHearingWaivedOn() != null) {
					yield "stageNote.hearingWaived";
				}
				if (c.getNoticeOn() != null && c.getHearingRequestedOn() == null && c.getDecidedOn() != null) {
					yield "stageNote.hearingNotRequested";
				}
				yield null;
			}
			case REVIEW -> !reviewRequired && c.getReviewSubmittedOn() == null
					&& (c.getProposalOn() != null || c.getDecidedOn() != null || c.getNoticeOn() == null)
							? "stageNote.noReviewNeeded" : null;
			case DISCUSSION -> !discussionRequired && c.getDiscussionOn() == null ? "stageNote.noDiscussionNeeded" : null;
			case EXECUTION -> c.getDecidedOn() != null && c.getPenaltyKind() != PenaltyKind.FINE
					? "stageNote.nothingToPay" : null;
			default -> null;
		};
	}
}
