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
 * A mediation body of the subdistrict's "1+9+N": the subdistrict's people's mediation committee (the 1), a community's
 * committee (the 9), or a room or studio of the N (深圳条例 第二十九条至第三十一条): property mediation rooms, the judge
 * studio of the district court, and the specialised rooms, each with the year it opened.
 */
@Entity
public class MediationBody {

	public enum Kind {
		SUBDISTRICT_COMMITTEE, COMMUNITY_COMMITTEE, PROPERTY_ROOM, JUDGE_STUDIO, LABOUR_ROOM, FAMILY_ROOM,
		MEDICAL_ROOM, TRAFFIC_ROOM, LAWYER_STUDIO;

		public String messageKey() {
			return "mediationBody." + name();
		}

		/** A room or studio (the N), as opposed to a committee. */
		public boolean room() {
			return this != SUBDISTRICT_COMMITTEE && this != COMMUNITY_COMMITTEE;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private Long communityId;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private String name;
	private String court;
	private Integer openedYear;
	private boolean active = true;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected MediationBody() {
	}

	MediationBody(long tenantId, Long communityId, Kind kind, String name, String court, Integer openedYear) {
		this.tenantId = tenantId;
		this.communityId = communityId;
		this.kind = kind;
		this.name = name;
		this.court = court;
		this.openedYear = openedYear;
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public Kind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getCourt() {
		return court;
	}

	public Integer getOpenedYear() {
		return openedYear;
	}

	public boolean isActive() {
		return active;
	}
}
