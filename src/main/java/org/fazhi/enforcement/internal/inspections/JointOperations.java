package org.fazhi.enforcement.internal.inspections;

import org.fazhi.enforcement.internal.cases.CaseLog;
import org.fazhi.enforcement.internal.cases.CaseWork;
import java.util.List;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint operations with partner departments (district transport, traffic police, housing, urban management, market
 * supervision, fire and rescue, a neighbouring subdistrict): each link names the partner and its own record number, so
 * the two departments' inspections and cases of one operation can be found from either side.
 */
@Service
@Transactional
public class JointOperations {

	private final JointLinks links;
	private final InspectionWork inspections;
	private final CaseWork cases;
	private final AuditTrail trail;

	JointOperations(JointLinks links, InspectionWork inspections, CaseWork cases, AuditTrail trail) {
		this.links = links;
		this.inspections = inspections;
		this.cases = cases;
		this.trail = trail;
	}

	@Transactional(readOnly = true)
	public List<JointLink> ofInspection(FazhiUser user, long inspectionId) {
		inspections.inspection(user, inspectionId);
		return links.findByInspectionIdOrderById(inspectionId);
	}

	@Transactional(readOnly = true)
	public List<JointLink> ofCase(FazhiUser user, long caseId) {
		cases.get(user, caseId);
		return links.findByCaseIdOrderById(caseId);
	}

	public JointLink linkInspection(FazhiUser user, long inspectionId, JointLink.Partner partner, String reference,
			String note) {
		requireOfficer(user);
		inspections.inspection(user, inspectionId);
		var link = links.save(new JointLink(user.tenantId(), inspectionId, null, required(partner), reference(reference),
				note(note), user.accountId()));
		trail.record(AuditAction.CREATE, InspectionWork.INSPECTION, inspectionId, AuditOutcome.SUCCESS,
				"joint operation with " + partner + " " + link.getPartnerReference());
		return link;
	}

	public JointLink linkCase(FazhiUser user, long caseId, JointLink.Partner partner, String reference, String note) {
		if (!user.hasRole(Role.ENFORCEMENT_OFFICER)) {
			throw new AccessDeniedException("enforcement officers only");
		}
		var c = cases.get(user, caseId);
		var link = links.save(new JointLink(user.tenantId(), null, caseId, required(partner), reference(reference),
				note(note), user.accountId()));
		cases.log(user, c, cases.today(), "JOINT_LINK", "caseLog.JOINT_LINK", CaseLog.label(partner.messageKey()),
				link.getPartnerReference());
		trail.record(AuditAction.CREATE, CaseWork.CASE, caseId, AuditOutcome.SUCCESS,
				"joint operation with " + partner + " " + link.getPartnerReference());
		return link;
	}

	private static void requireOfficer(FazhiUser user) {
		if (!user.hasRole(Role.ENFORCEMENT_OFFICER) && !user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("enforcement officers only");
		}
	}

	private static JointLink.Partner required(JointLink.Partner partner) {
		if (partner == null) {
			throw new RuleViolation("partner", "joint.partner.required");
		}
		return partner;
	}

	private static String reference(String value) {
		String text = Input.trim(value);
		if (text == null) {
			throw new RuleViolation("partnerReference", "joint.reference.required");
		}
		if (text.length() > 100) {
			throw new RuleViolation("partnerReference", "field.tooLong");
		}
		return text;
	}

	private static String note(String value) {
		String text = Input.trim(value);
		if (text != null && text.length() > 200) {
			throw new RuleViolation("note", "field.tooLong");
		}
		return text;
	}
}
