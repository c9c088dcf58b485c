package org.fazhi.enforcement.internal.matters;

import org.fazhi.enforcement.EnforcementRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import org.fazhi.enforcement.DiscretionLevel;
import org.fazhi.enforcement.EnforcementDomain;
import org.fazhi.shared.RuleViolation;

/**
 * An enforcement matter (执法事项) of the catalogue: what conduct, under which statute and articles, with which kinds
 * of penalty and which statutory fine range, and the decision that handed it to the subdistrict (行政处罚法 第二十四条).
 */
@Entity
public class EnforcementMatter {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private String code;
	private String name;
	@Enumerated(EnumType.STRING)
	private EnforcementDomain domain;
	private String statute;
	private String violatedArticles;
	private String penaltyArticles;
	private String penaltyKinds;
	private Long orgFineMin;
	private Long orgFineMax;
	private Long personFineMin;
	private Long personFineMax;
	private String handoverBasis;
	private boolean active = true;
	private Instant createdAt = Instant.now();
	@Version
	private int version;
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "matter_id", nullable = false)
	private List<DiscretionStandard> discretion = new ArrayList<>();

	protected EnforcementMatter() {
	}

	EnforcementMatter(long tenantId, MatterForm form) {
		this.tenantId = tenantId;
		apply(form);
	}

	void apply(MatterForm form) {
		this.code = form.getCode();
		this.name = form.getName();
		this.domain = form.getDomain();
		this.statute = form.getStatute();
		this.violatedArticles = form.getViolatedArticles();
		this.penaltyArticles = form.getPenaltyArticles();
		this.penaltyKinds = form.getPenaltyKinds();
		this.orgFineMin = form.getOrgFineMin();
		this.orgFineMax = form.getOrgFineMax();
		this.personFineMin = form.getPersonFineMin();
		this.personFineMax = form.getPersonFineMax();
		this.handoverBasis = form.getHandoverBasis();
	}

	/**
	 * Adds a level to the discretion standard. Its range must lie within the statutory range (行政处罚法 第三十四条:
	 * discretion standards refine the law; they never widen it), and a level is defined once.
	 */
	void addDiscretion(DiscretionLevel level, String circumstance, Long fineMin, Long fineMax) {
		if (discretion.stream().anyMatch(d -> d.getLevel() == level)) {
			throw new RuleViolation("level", "discretion.level.twice");
		}
		if (fineMin != null && fineMax != null && fineMin > fineMax) {
			throw new RuleViolation("fineMax", "matter.fine.order", fineMin, fineMax);
		}
		Long lowest = lowest();
		Long highest = highest();
		if ((fineMin != null && lowest != null && fineMin < lowest)
				|| (fineMax != null && highest != null && fineMax > highest)) {
			throw EnforcementRule.DISCRETION_IN_RANGE.refusal("fineMax", lowest == null ? 0 : lowest,
					highest == null ? 0 : highest);
		}
		discretion.add(new DiscretionStandard(level, circumstance, fineMin, fineMax));
	}

	void removeDiscretion(long standardId) {
		discretion.removeIf(d -> d.getId() != null && d.getId() == standardId);
	}

	/** The lowest fine the statute allows for either kind of party, when it sets one. */
	private Long lowest() {
		if (orgFineMin == null) {
			return personFineMin;
		}
		return personFineMin == null ? orgFineMin : Math.min(orgFineMin, personFineMin);
	}

	private Long highest() {
		if (orgFineMax == null) {
			return personFineMax;
		}
		return personFineMax == null ? orgFineMax : Math.max(orgFineMax, personFineMax);
	}

	/** The levels, from the lightest. */
	public List<DiscretionStandard> getDiscretion() {
		return discretion.stream().sorted(java.util.Comparator.comparing(DiscretionStandard::getLevel)).toList();
	}

	void setActive(boolean active) {
		this.active = active;
	}

	/** The citation as a person reads it: 《中华人民共和国安全生产法》第九十七条第（一）项. */
	public String getCitation() {
		return "《" + statute + "》" + penaltyArticles;
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public EnforcementDomain getDomain() {
		return domain;
	}

	public String getStatute() {
		return statute;
	}

	public String getViolatedArticles() {
		return violatedArticles;
	}

	public String getPenaltyArticles() {
		return penaltyArticles;
	}

	public String getPenaltyKinds() {
		return penaltyKinds;
	}

	public Long getOrgFineMin() {
		return orgFineMin;
	}

	public Long getOrgFineMax() {
		return orgFineMax;
	}

	public Long getPersonFineMin() {
		return personFineMin;
	}

	public Long getPersonFineMax() {
		return personFineMax;
	}

	public String getHandoverBasis() {
		return handoverBasis;
	}

	public boolean isActive() {
		return active;
	}
}
