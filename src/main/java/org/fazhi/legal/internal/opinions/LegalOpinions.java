package org.fazhi.legal.internal.opinions;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The legal opinions; read through the data scope (specifications), never by a bare id. */
public interface LegalOpinions extends JpaRepository<LegalOpinion, Long>, JpaSpecificationExecutor<LegalOpinion> {
}
