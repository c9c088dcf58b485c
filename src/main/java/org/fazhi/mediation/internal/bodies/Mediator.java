package org.fazhi.mediation.internal.bodies;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A mediator of a body: a staff account of the subdistrict or one of the N forces (lawyers, psychologists, 五老,
 * retired residents, party members, veterans, judges), with the grade the district gave (深圳条例 第八十条: graded, the
 * grades published), the certificate and the training hours.
 */
@Entity
public class Mediator {

	public enum Force {
		STAFF, LAWYER, PSYCHOLOGIST, ELDERS, RETIRED, PARTY_MEMBER, VETERAN, JUDGE;

		public String messageKey() {
			return "mediatorForce." + name();
		}
	}

	/** The district's grades of mediators, 一级 the highest. */
	public enum Grade {
		GRADE_1, GRADE_2, GRADE_3, GRADE_4, GRADE_5, UNGRADED;

		public String messageKey() {
			return "mediatorGrade." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long bodyId;
	private Long accountId;
	private String fullName;
	@Enumerated(EnumType.STRING)
	private Force forceKind;
	@Enumerated(EnumType.STRING)
	private Grade grade;
	private String certificateNo;
	private int trainingHours;
	private boolean active = true;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected Mediator() {
	}

	Mediator(long tenantId, long bodyId, Long accountId, String fullName, Force forceKind, Grade grade,
			String certificateNo, int trainingHours) {
		this.tenantId = tenantId;
		this.bodyId = bodyId;
		this.accountId = accountId;
		this.fullName = fullName;
		this.forceKind = forceKind;
		this.grade = grade;
		this.certificateNo = certificateNo;
		this.trainingHours = trainingHours;
	}

	/** A new grade or certificate from the district, or the mediator leaving the roster (or coming back). */
	void regrade(Grade grade, String certificateNo, boolean active) {
		this.grade = grade;
		this.certificateNo = certificateNo;
		this.active = active;
	}

	void addTrainingHours(int hours) {
		this.trainingHours += hours;
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public long getBodyId() {
		return bodyId;
	}

	public Long getAccountId() {
		return accountId;
	}

	public String getFullName() {
		return fullName;
	}

	public Force getForceKind() {
		return forceKind;
	}

	public Grade getGrade() {
		return grade;
	}

	public String getCertificateNo() {
		return certificateNo;
	}

	public int getTrainingHours() {
		return trainingHours;
	}

	public boolean isActive() {
		return active;
	}
}
