/**
 * Audit: the append-only, SM3-chained trail of sign-ins, changes, exports, downloads and refusals, and its verification.
 */
package org.fazhi.audit;
