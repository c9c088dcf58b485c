/**
 * Enforcement: administrative enforcement under the three systems, starting with the catalogue of enforcement
 * matters the subdistrict exercises and their legal bases.
 */
package org.fazhi.enforcement;
