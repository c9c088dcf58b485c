package org.fazhi.enforcement.internal.matters;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fazhi.enforcement.DiscretionLevel;

/** One level of a matter's discretion standard: in which circumstances, which fine range (行政处罚法 第三十四条). */
@Entity
@Table(name = "matter_discretion")
public class DiscretionStandard {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Enumerated(EnumType.STRING)
	private DiscretionLevel level;
	private String circumstance;
	private Long fineMin;
	private Long fineMax;

	protected DiscretionStandard() {
	}

	DiscretionStandard(DiscretionLevel level, String circumstance, Long fineMin, Long fineMax) {
		this.level = level;
		this.circumstance = circumstance;
		this.fineMin = fineMin;
		this.fineMax = fineMax;
	}

	public Long getId() {
		return id;
	}

	public DiscretionLevel getLevel() {
		return level;
	}

	public String getCircumstance() {
		return circumstance;
	}

	public Long getFineMin() {
		return fineMin;
	}

	public Long getFineMax() {
		return fineMax;
	}
}
