package org.fazhi.enforcement.internal.matters;

import org.fazhi.enforcement.EnforcementDomain;
import org.fazhi.shared.Input;

/** A matter as entered in the form, or read from one row of an imported sheet. */
public class MatterForm {

	private String code;
	private String name;
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

	static MatterForm of(EnforcementMatter matter) {
		var form = new MatterForm();
		form.code = matter.getCode();
		form.name = matter.getName();
		form.domain = matter.getDomain();
		form.statute = matter.getStatute();
		form.violatedArticles = matter.getViolatedArticles();
		form.penaltyArticles = matter.getPenaltyArticles();
		form.penaltyKinds = matter.getPenaltyKinds();
		form.orgFineMin = matter.getOrgFineMin();
		form.orgFineMax = matter.getOrgFineMax();
		form.personFineMin = matter.getPersonFineMin();
		form.personFineMax = matter.getPersonFineMax();
		form.handoverBasis = matter.getHandoverBasis();
		return form;
	}


	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = Input.trim(code);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = Input.trim(name);
	}

	public EnforcementDomain getDomain() {
		return domain;
	}

	public void setDomain(EnforcementDomain domain) {
		this.domain = domain;
	}

	public String getStatute() {
		return statute;
	}

	public void setStatute(String statute) {
		this.statute = Input.trim(statute);
	}

	public String getViolatedArticles() {
		return violatedArticles;
	}

	public void setViolatedArticles(String violatedArticles) {
		this.violatedArticles = Input.trim(violatedArticles);
	}

	public String getPenaltyArticles() {
		return penaltyArticles;
	}

	public void setPenaltyArticles(String penaltyArticles) {
		this.penaltyArticles = Input.trim(penaltyArticles);
	}

	public String getPenaltyKinds() {
		return penaltyKinds;
	}

	public void setPenaltyKinds(String penaltyKinds) {
		this.penaltyKinds = Input.trim(penaltyKinds);
	}

	public Long getOrgFineMin() {
		return orgFineMin;
	}

	public void setOrgFineMin(Long orgFineMin) {
		this.orgFineMin = orgFineMin;
	}

	public Long getOrgFineMax() {
		return orgFineMax;
	}

	public void setOrgFineMax(Long orgFineMax) {
		this.orgFineMax = orgFineMax;
	}

	public Long getPersonFineMin() {
		return personFineMin;
	}

	public void setPersonFineMin(Long personFineMin) {
		this.personFineMin = personFineMin;
	}

	public Long getPersonFineMax() {
		return personFineMax;
	}

	public void setPersonFineMax(Long personFineMax) {
		this.personFineMax = personFineMax;
	}

	public String getHandoverBasis() {
		return handoverBasis;
	}

	public void setHandoverBasis(String handoverBasis) {
		this.handoverBasis = Input.trim(handoverBasis);
	}
}
