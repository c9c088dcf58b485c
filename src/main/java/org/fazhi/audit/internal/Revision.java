package org.fazhi.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One revision of the record history: when, and by whom. An identity id, so that one migration serves H2 and
 * PostgreSQL (Envers' default revision table uses a sequence on PostgreSQL).
 */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionActor.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	@Column(name = "revision_time")
	private long timestamp;

	private Long actorId;

	private String actorName;

	public Long getId() {
		return id;
	}

	public long getTimestamp() {
		return timestamp;
	}

	public Long getActorId() {
		return actorId;
	}

	public String getActorName() {
		return actorName;
	}

	void setActor(Long actorId, String actorName) {
		this.actorId = actorId;
		this.actorName = actorName;
	}
}
