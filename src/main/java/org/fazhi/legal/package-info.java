/**
 * Legal affairs of the office (法务): the legality review of contracts by the outside lawyers, with the conflict check,
 * revisions and the opinion document; legal opinions; the reconsideration and litigation files in which the office
 * answers; and the figures of the year.
 */
package org.fazhi.legal;
