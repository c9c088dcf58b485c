package org.fazhi.enforcement.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.fazhi.enforcement.EnforcementDomain;

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
