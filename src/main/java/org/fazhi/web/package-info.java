/**
 * Web shell: page layout, navigation, workbench, language selection, security filter chain and error pages.
 */
package org.fazhi.web;
