/**
 * Shared kernel without domain: security, languages, layout, files. Every module may use it, so it is
 * an open module: its sub-packages are part of its API.
 */
@org.springframework.modulith.ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.convene.platform;
import org.springframework.modulith.ApplicationModule;
