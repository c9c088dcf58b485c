/**
 * People's mediation "1+9+N" (人民调解): the subdistrict's mediation organisation, its mediators, disputes from intake
 * through sessions to an agreement, judicial confirmation and follow-up, and the screening campaigns that find them.
 */
package org.fazhi.mediation;
