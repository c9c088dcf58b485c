package org.fazhi.enforcement;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enforcement figures of a subdistrict for a year, computed from the records, under fixed codes that the annual
 * report and outside checks rely on: inspections and hazards, and the penalty cases filed, decided, published on time,
 * reviewed and heard, with the cases filed and decided per field of enforcement.
 */
@Service
@Transactional(readOnly = true)
public class EnforcementFigures {

	/** Distinct regulated entities inspected in the year (the report's 检查企业 N 家). */
	public static final String ENTERPRISES_INSPECTED = "enterprises_inspected";
	public static final String INSPECTIONS = "inspections";
	/** Inspections done with partner departments: partners named, or linked to a partner's record. */
	public static final String JOINT_OPERATIONS = "joint_operations";
	public static final String HAZARDS_FOUND = "hazards_found";
	/** Hazards whose removal was confirmed in the year (the report's 整改隐患 N 处). */
	public static final String HAZARDS_RECTIFIED = "hazards_rectified";
	public static final String HAZARDS_ESCALATED = "hazards_escalated";
	public static final String MATTERS_IN_CATALOGUE = "matters_in_catalogue";
	/** Cases filed with the head's approval in the year (general procedure). */
	public static final String CASES_FILED = "cases_filed";
	/** Decisions of the year of any outcome, in either procedure. */
	public static final String CASES_DECIDED = "cases_decided";
	/** Penalty decisions of the year not later changed or revoked (the report's 行政处罚 N 宗). */
	public static final String PENALTIES = "penalties";
	public static final String PENALTIES_SUMMARY = "penalties_summary";
	/** The fines of those decisions, in yuan. */
	public static final String PENALTY_AMOUNT = "penalty_amount";
	/** Fines, instalments and surcharges paid in the year, in yuan. */
	public static final String FINES_PAID = "fines_paid";
	public static final String NO_PENALTY_DECISIONS = "no_penalty_decisions";
	/** Applications to the court for enforcement of unpaid fines in the year (行政强制法 第五十三条). */
	public static final String COURT_APPLICATIONS = "court_applications";
	public static final String CASES_TRANSFERRED = "cases_transferred";
	public static final String LEGAL_REVIEWS = "legal_reviews";
	public static final String HEARINGS = "hearings";
	public static final String COLLECTIVE_DISCUSSIONS = "collective_discussions";
	/** Decisions of the year published. */
	public static final String PUBLICATIONS = "publications";
	/** Of those, published within seven working days of the decision (国办发〔2018〕118号). */
	public static final String PUBLICATIONS_ON_TIME = "publications_on_time";
	/** Prefixes of the per-domain figures: {@code cases_filed_work_safety}, {@code cases_decided_fire}, ... */
	public static final String CASES_FILED_IN = "cases_filed_";
	public static final String CASES_DECIDED_IN = "cases_decided_";

	private final org.fazhi.enforcement.internal.figures.FigureBook book;

	EnforcementFigures(org.fazhi.enforcement.internal.figures.FigureBook book) {
		this.book = book;
	}

	/**
	 * Whether the user reads every record the figures count (the whole tenant's register and cases): only they read
	 * the figures, so figures, lists and details always agree.
	 */
	public static boolean readableBy(org.fazhi.organisation.FazhiUser user) {
		return user.scope() == org.fazhi.organisation.DataScope.TENANT
				&& user.role().reads(org.fazhi.organisation.RecordFamily.ENFORCEMENT_REGISTER)
					== org.fazhi.organisation.ReadAccess.SCOPE
				&& user.role().reads(org.fazhi.organisation.RecordFamily.ENFORCEMENT_CASES)
					== org.fazhi.organisation.ReadAccess.SCOPE;
	}

	/** The figures of the user's tenant for a year, for a user who may read them (see {@link #readableBy}). */
	public java.util.Optional<Map<String, Long>> forUser(org.fazhi.organisation.FazhiUser user, int year) {
		return readableBy(user) ? java.util.Optional.of(of(user.tenantId(), year)) : java.util.Optional.empty();
	}

	/** The figures of a tenant's year, each counted from its definition in the figure book. */
	public Map<String, Long> of(long tenantId, int year) {
		return book.values(tenantId, year);
	}
}
