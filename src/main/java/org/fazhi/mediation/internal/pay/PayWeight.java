package org.fazhi.mediation.internal.pay;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.fazhi.mediation.internal.disputes.Dispute;

/**
 * The subsidy of one case of a dispute kind mediated to an agreement (以案定补, 深圳条例 第八十一条), in yuan, from the
 * first day of a month on: one amount for a general dispute, one for a major or difficult one.
 */
@Entity
@Table(name = "mediation_pay_weight")
public class PayWeight {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	@Enumerated(EnumType.STRING)
	private Dispute.Kind kind;
	private LocalDate validFrom;
	private int amount;
	private int majorAmount;
	private long setBy;
	private Instant setAt = Instant.now();

	protected PayWeight() {
	}

	PayWeight(long tenantId, Dispute.Kind kind, LocalDate validFrom, int amount, int majorAmount, long setBy) {
		this.tenantId = tenantId;
		this.kind = kind;
		this.validFrom = validFrom;
		this.amount = amount;
		this.majorAmount = majorAmount;
		this.setBy = setBy;
	}

	void change(int amount, int majorAmount, long setBy) {
		this.amount = amount;
		this.majorAmount = majorAmount;
		this.setBy = setBy;
		this.setAt = Instant.now();
	}

	public Long getId() {
		return id;
	}

	public Dispute.Kind getKind() {
		return kind;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public int getAmount() {
		return amount;
	}

	public int getMajorAmount() {
		return majorAmount;
	}

	public long getSetBy() {
		return setBy;
	}

	public Instant getSetAt() {
		return setAt;
	}
}
