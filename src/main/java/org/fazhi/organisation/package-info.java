/**
 * Organisation: subdistricts (tenants), communities, departments, staff accounts and external people, with their roles.
 */
package org.fazhi.organisation;
