/**
 * The rulebook (法定规则目录): every rule of law the platform keeps, gathered from the modules' {@code RuleSource}
 * beans, published at {@code /public/rules} with the statute texts they cite, and, for signed-in staff, how often
 * each rule refused a step in their subdistrict this year.
 */
package org.fazhi.rulebook;
