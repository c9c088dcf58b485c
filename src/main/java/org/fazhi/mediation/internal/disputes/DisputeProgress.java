package org.fazhi.mediation.internal.disputes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.fazhi.deadlines.DeadlineView;
import org.fazhi.mediation.MediationRule;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;

/**
 * Which steps of a dispute the user may take now, and for each closed one why: the role, the state, or the rule of
 * law that keeps it closed (with its article). The page offers the open ones only and lists the reasons of the others;
 * the API answers the same.
 */
public final class DisputeProgress {

	public enum Step {
		ACCEPT, ASSIGN, LAWYER, ESCALATE, SESSION, EXTEND, AGREE, DOCUMENT, SIGN, CONFIRM, RULING, VISIT, REOPEN, END,
		FAIL, REFER;

		public String messageKey() {
			return "disputeAction." + name();
		}
	}

	/** A step and whether it is open; when closed, the message that says why, with its arguments. */
	public record StepState(Step step, boolean open, String reasonKey, Object[] arguments) {

		static StepState open(Step step) {
			return new StepState(step, true, null, new Object[0]);
		}

		static StepState closed(Step step, String key, Object... arguments) {
			return new StepState(step, false, key, arguments);
		}
	}

	/** A stage of the progress bar: done, current or to come. */
	public record Stage(String stage, String status) {

		public String messageKey() {
			return "disputeStage." + stage;
		}
	}

	private DisputeProgress() {
	}

	/** Why a closed step is closed, in the language asked: a state among the arguments is named in words. */
	public static String reason(StepState step, org.springframework.context.MessageSource messages,
			java.util.Locale locale) {
		Object[] arguments = step.arguments().clone();
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] instanceof String key && key.startsWith("disputeState.")) {
				arguments[i] = messages.getMessage(key, null, locale);
			}
		}
		return messages.getMessage(step.reasonKey(), arguments, locale);
	}

	public static List<StepState> steps(FazhiUser user, Dispute d, DeadlineView period, LocalDate today) {
		boolean mediates = DisputeWork.mayMediate(user)
				|| user.hasRole(Role.LEGAL_ADVISOR) && Objects.equals(d.getLawyerId(), user.accountId());
		List<StepState> steps = new ArrayList<>();
		for (Step step : Step.values()) {
			steps.add(state(user, d, step, mediates, period, today));
		}
		return steps;
	}

	private static StepState state(FazhiUser user, Dispute d, Step step, boolean mediates, DeadlineView period,
			LocalDate today) {
		if (d.getState() == Dispute.State.REFUSED) {
			return StepState.closed(step, MediationRule.CONSENT_OF_BOTH.messageKey());
		}
		if (!mediates || step == Step.LAWYER && !user.hasRole(Role.LEGAL_OFFICER)
				|| user.hasRole(Role.LEGAL_ADVISOR) && EnumSet.of(Step.ACCEPT, Step.ASSIGN, Step.ESCALATE, Step.END,
						Step.FAIL, Step.REFER, Step.REOPEN).contains(step)) {
			return StepState.closed(step, "dispute.closed.role");
		}
		Set<Dispute.State> allowed = switch (step) {
			case ACCEPT -> EnumSet.of(Dispute.State.RECEIVED);
			case ASSIGN, LAWYER, ESCALATE -> EnumSet.of(Dispute.State.RECEIVED, Dispute.State.MEDIATING);
			case SESSION, EXTEND, AGREE, END, FAIL -> EnumSet.of(Dispute.State.MEDIATING);
			case DOCUMENT -> EnumSet.of(Dispute.State.AGREED, Dispute.State.EFFECTIVE);
			case SIGN -> EnumSet.of(Dispute.State.AGREED);
			case CONFIRM, RULING, VISIT, REOPEN -> EnumSet.of(Dispute.State.EFFECTIVE);
			case REFER -> EnumSet.of(Dispute.State.RECEIVED, Dispute.State.MEDIATING, Dispute.State.EFFECTIVE);
		};
		if (!allowed.contains(d.getState())) {
			return switch (step) {
				case SIGN, DOCUMENT -> StepState.closed(step, d.getAgreedOn() == null ? "dispute.closed.noAgreement"
						: "dispute.closed.state", d.getState().messageKey());
				case CONFIRM, VISIT -> d.getState() == Dispute.State.AGREED
						? StepState.closed(step, MediationRule.AGREEMENT_EFFECTIVE.messageKey())
						: StepState.closed(step, "dispute.closed.state", d.getState().messageKey());
				default -> StepState.closed(step, "dispute.closed.state", d.getState().messageKey());
			};
		}
		boolean lapsed = period != null && period.completedOn() == null && today.isAfter(period.due());
		return switch (step) {
			case AGREE -> lapsed ? StepState.closed(step, MediationRule.PERIOD_LAPSED.messageKey(), period.due())
					: StepState.open(step);
			case SESSION -> d.isMajorDifficult() && d.getMediator2Id() == null
					? StepState.closed(step, "dispute.session.twoMediators") : StepState.open(step);
			case EXTEND -> d.getKind() == Dispute.Kind.LABOUR
					? StepState.closed(step, "dispute.closed.labourExtension") : StepState.open(step);
			case DOCUMENT -> d.getAgreementKind() == Dispute.AgreementKind.ORAL
					? StepState.closed(step, "dispute.closed.oral") : StepState.open(step);
			case CONFIRM -> d.getAgreementKind() == Dispute.AgreementKind.ORAL
					? StepState.closed(step, MediationRule.CONFIRMATION_OF_EFFECTIVE.messageKey())
					: d.getConfirmationFiledOn() != null ? StepState.closed(step, "dispute.confirmation.filed")
							: StepState.open(step);
			case RULING -> d.getConfirmationFiledOn() == null ? StepState.closed(step, "dispute.confirmation.notFiled")
					: d.getConfirmationRuling() != null ? StepState.closed(step, "dispute.confirmation.ruled")
							: StepState.open(step);
			case REOPEN -> d.getPerformance() != Dispute.Performance.NOT_PERFORMED
					? StepState.closed(step, "dispute.reopen.notNow") : StepState.open(step);
			default -> StepState.open(step);
		};
	}

	/** The progress bar: received, accepted, mediated, agreed, effective, followed up. */
	public static List<Stage> stages(Dispute d) {
		List<Stage> stages = new ArrayList<>();
		boolean ended = !d.getState().open();
		stages.add(new Stage("RECEIVED", "done"));
		stages.add(new Stage("ACCEPTED", d.getAcceptedOn() != null ? "done" : ended ? "skipped" : "current"));
		stages.add(new Stage("AGREED", d.getAgreedOn() != null ? "done"
				: d.getState() == Dispute.State.MEDIATING ? "current" : ended ? "skipped" : "todo"));
		stages.add(new Stage("EFFECTIVE", d.getEffectiveOn() != null ? "done"
				: d.getState() == Dispute.State.AGREED ? "current" : ended ? "skipped" : "todo"));
		stages.add(new Stage("CLOSED", d.getState() == Dispute.State.CLOSED ? "done"
				: d.getState() == Dispute.State.EFFECTIVE ? "current" : ended ? "skipped" : "todo"));
		return stages;
	}
}
