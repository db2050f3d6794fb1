/**
 * Shared kernel without domain: security, languages, layout, files. Every module may use it, so it is
 * an open module: its sub-packages are part of its API.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.convene.platform;
