/**
 * Legal affairs of the office (法务): the legality review of contracts by the outside lawyers, with the conflict check,
 * revisions and the opinion document, and the figures of the year's reviews.
 */
package org.fazhi.legal;
