package org.fazhi.enforcement.internal.cases;

import java.time.LocalDate;
import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.enforcement.CaseRegistered;
import org.fazhi.enforcement.EnforcementRule;
import org.fazhi.enforcement.internal.EnforcementRecords;
import org.fazhi.enforcement.internal.cases.CaseWork.EvidenceForm;
import org.fazhi.enforcement.internal.cases.CaseWork.Registration;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PartyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.State;
import org.fazhi.enforcement.internal.inspections.Hazard;
import org.fazhi.enforcement.internal.inspections.Inspection;
import org.fazhi.enforcement.internal.inspections.InspectionWork;
import org.fazhi.files.AttachmentView;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.CreditCodes;
import org.fazhi.shared.Input;
import org.fazhi.shared.PersonalData;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 立案与调查取证: registering a case (行政处罚法 第三十六条、第四十二条、第五十四条), the head's approval of the filing (第五十四条第二款) and the
 * evidence (第四十六条、第四十七条).
 */
@Service
@Transactional
public class CaseFiling extends CaseProcedure {

	CaseFiling(Parts parts) {
		super(parts);
	}

	/** 行政处罚法 第三十六条: two years from the violation (or its end), five where life, health or finance were harmed. */
	static final int LIMITATION_YEARS = 2;
	static final int LIMITATION_YEARS_WITH_HARM = 5;

	public PenaltyCase register(FazhiUser user, Registration form) {
		requireOfficer(user);
		var matter = matter(user, form.matterId());
		LocalDate on = notFuture("on", form.on());
		var source = required("source", form.source());
		Long hazardId = null;
		Long inspectionId = null;
		Long entityId = form.entityId();
		String facts = text("facts", form.facts(), 2000, true);
		if (form.occurredOn() != null) {
			if (form.occurredOn().isAfter(on)) {
				throw new RuleViolation("occurredOn", "case.occurred.afterRegistration");
			}
			int years = form.harmToLife() ? LIMITATION_YEARS_WITH_HARM : LIMITATION_YEARS;
			// 行政处罚法 第三十六条: a violation not found within the period is no longer penalised
			if (form.occurredOn().plusYears(years).isBefore(on)) {
				throw EnforcementRule.LIMITATION.refusal("occurredOn", form.occurredOn(), years);
			}
		}
		if (form.hazardId() != null) {
			var hazard = hazards.findOne(DataScopes.<Hazard>readable(user, EnforcementRecords.HAZARD, form.hazardId()))
				.orElseThrow(() -> new RuleViolation("hazardId", "case.hazard.unknown"));
			// 安全生产法 第一百零二条: only a hazard not removed within its period goes to a case
			if (hazard.getState() != Hazard.State.ESCALATED) {
				throw EnforcementRule.HAZARD_NOT_ESCALATED.refusal("hazardId");
			}
			if (cases.existsByTenantIdAndHazardId(user.tenantId(), hazard.getId())) {
				throw new RuleViolation("hazardId", "case.hazard.alreadyFiled");
			}
			hazardId = hazard.getId();
			inspectionId = hazard.getInspectionId();
			entityId = hazard.getEntityId();
			source = PenaltyCase.Source.HAZARD;
		}
		else if (form.inspectionId() != null) {
			// the inspection the case comes from, as the officer reads it: within scope, and carried out
			var inspection = inspections.findOne(DataScopes.<Inspection>readable(user, EnforcementRecords.INSPECTION,
					form.inspectionId())).orElseThrow(() -> new RuleViolation("inspectionId", "case.inspection.unknown"));
			if (inspection.getState() != Inspection.State.DONE) {
				throw new RuleViolation("inspectionId", "case.inspection.notDone");
			}
			inspectionId = inspection.getId();
			if (entityId == null) {
				entityId = inspection.getEntityId();
			}
			else if (entityId != inspection.getEntityId()) {
				throw new RuleViolation("inspectionId", "case.inspection.otherEntity");
			}
			source = PenaltyCase.Source.INSPECTION;
		}
		PartyKind kind;
		String name;
		String code;
		String address;
		long community;
		boolean operatorIsParty = entityId != null && form.partyKind() == PartyKind.PERSON
				&& Input.trim(form.partyName()) != null;
		if (entityId != null && !operatorIsParty) {
			var entity = register.get(user, entityId);
			kind = PartyKind.ORGANISATION;
			name = entity.getName();
			code = entity.getCreditCode();
			address = entity.getAddress();
			community = entity.getCommunityId();
		}
		else {
			// a party not in the register, or the person who runs a registered business (个体工商户的经营者)
			kind = required("partyKind", form.partyKind());
			name = text("partyName", form.partyName(), 200, true);
			code = Input.trim(form.partyCode());
			address = text("partyAddress", form.partyAddress(), 300, false);
			if (kind == PartyKind.PERSON && code != null && !PersonalData.validIdentityNumber(code)) {
				throw new RuleViolation("partyCode", "case.party.identityNumber");
			}
			if (kind == PartyKind.ORGANISATION && (code == null || !CreditCodes.valid(code))) {
				throw new RuleViolation("partyCode", "entity.creditCode.invalid", code == null ? "" : code);
			}
			if (entityId != null) {
				community = register.get(user, entityId).getCommunityId();
			}
			else {
				Long chosen = user.communityScope() != null ? user.communityScope() : form.communityId();
				if (chosen == null
						|| directory.activeCommunities(user.tenantId()).stream().noneMatch(c -> c.id() == chosen)) {
					throw new RuleViolation("communityId", "case.community.required");
				}
				community = chosen;
			}
		}
		var officers = twoOfficers(user, form.officer1Id(), form.officer2Id());
		var c = new PenaltyCase(user.tenantId(), community, source, matter, kind, name, code, address, facts,
				officers.get(0).accountId(), officers.get(1).accountId(),
				InspectionWork.officerNames(officers.get(0), officers.get(1)), on, user.accountId());
		c.from(hazardId, inspectionId, entityId);
		c.flags(form.majorInterest(), form.complexCase());
		c.occurred(form.occurredOn(), form.harmToLife());
		cases.save(c);
		log(user, c, on, "REGISTERED", "caseLog.REGISTERED", matter.getName());
		trail.record(AuditAction.CREATE, CaseWork.CASE, c.getId(), AuditOutcome.SUCCESS, source + " " + matter.getCode());
		publisher.publishEvent(new CaseRegistered(c.getTenantId(), c.getId(), on));
		return c;
	}

	/** 行政处罚法 第五十四条第二款: the head of the body approves the filing; the 90-day limit of 第六十条 starts. */
	public PenaltyCase approveFiling(FazhiUser user, long id, LocalDate on) {
		var c = whoseStep(CaseStep.APPROVE, user, id);
		requireState(c, State.REGISTERED);
		LocalDate day = notBefore("on", notFuture("on", on), c.getRegisteredOn());
		pass(CaseStep.APPROVE, user, c, day);
		String caseNo = numbers.next(user, CaseDocument.Type.FILING_APPROVAL.series(),
				CaseDocument.Type.FILING_APPROVAL.name(), day.getYear());
		var deadline = track(user, c, StatutoryRule.PENALTY_DECISION, day);
		c.filed(caseNo, day, user.fullName(), deadline.id());
		log(user, c, day, "FILED", "caseLog.FILED", caseNo);
		audit(c, "filed " + caseNo);
		return c;
	}

	/**
	 * Adds evidence (第四十六条), with its file when there is one; audio and video of on-site work are the whole-process
	 * record and carry the device, operator and time (第四十七条).
	 */
	public CaseEvidence addEvidence(FazhiUser user, long id, EvidenceForm form, String fileName,
			java.io.InputStream file) {
		var c = whoseStep(CaseStep.EVIDENCE, user, id);
		requireState(c, State.FILED, State.NOTIFIED, State.HEARING);
		var kind = required("kind", form.kind());
		String description = text("description", form.description(), 500, true);
		// evidence may predate the registration: the on-site record of the inspection that led to the case
		LocalDate on = notFuture("collectedOn", form.collectedOn());
		String device = Input.trim(form.device());
		String operator = Input.trim(form.operatorName());
		if (form.wholeProcess()) {
			if (kind != CaseEvidence.Kind.AUDIOVISUAL && kind != CaseEvidence.Kind.ELECTRONIC) {
				throw EnforcementRule.WHOLE_PROCESS_KIND.refusal("kind");
			}
			if (device == null || operator == null || form.recordedAt() == null || file == null) {
				throw EnforcementRule.WHOLE_PROCESS_COMPLETE.refusal("device");
			}
		}
		if ((device != null && device.length() > 100) || (operator != null && operator.length() > 100)) {
			throw new RuleViolation("device", "field.tooLong");
		}
		pass(CaseStep.EVIDENCE, user, c, on);
		AttachmentView stored = null;
		if (file != null) {
			stored = attachments.attach(user, CaseWork.CASE, String.valueOf(id), fileName, file);
		}
		var saved = evidence.save(new CaseEvidence(id, kind, description, stored == null ? null : stored.id(),
				stored == null ? null : stored.sm3(), form.wholeProcess(), device, operator, form.recordedAt(), on,
				user.accountId()));
		log(user, c, on, "EVIDENCE", form.wholeProcess() ? "caseLog.EVIDENCE.wholeProcess" : "caseLog.EVIDENCE",
				CaseLog.label(kind.messageKey()), description);
		audit(c, "evidence " + kind + (stored == null ? "" : " SM3 " + stored.sm3()));
		return saved;
	}
}
