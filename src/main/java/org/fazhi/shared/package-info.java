/**
 * Shared kernel: small value types every module may use (navigation entries, rule violations with message keys).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.fazhi.shared;
