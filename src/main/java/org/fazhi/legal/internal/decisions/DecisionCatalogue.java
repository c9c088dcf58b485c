package org.fazhi.legal.internal.decisions;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The publication of a year's catalogue of major decision matters (重大行政决策程序暂行条例 第四条: the catalogue is
 * published once the decision-making body has adopted it), once per subdistrict and year. The matters themselves are
 * the year's {@link MajorDecision}s of the kind {@link MajorDecision.Kind#MAJOR_DECISION}.
 */
@Entity
public class DecisionCatalogue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private int catalogueYear;
	private LocalDate publishedOn;
	private String publishedWhere;
	private long publishedBy;
	private Instant createdAt = Instant.now();

	protected DecisionCatalogue() {
	}

	DecisionCatalogue(long tenantId, int catalogueYear, LocalDate publishedOn, String publishedWhere, long publishedBy) {
		this.tenantId = tenantId;
		this.catalogueYear = catalogueYear;
		this.publishedOn = publishedOn;
		this.publishedWhere = publishedWhere;
		this.publishedBy = publishedBy;
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public int getCatalogueYear() {
		return catalogueYear;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public String getPublishedWhere() {
		return publishedWhere;
	}

	public long getPublishedBy() {
		return publishedBy;
	}
}
