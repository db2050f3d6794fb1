package org.convene.knowledge;

/** What a practice is against: trafficking in persons, smuggling of migrants, both, or a related crime. */
public enum CrimeType {
	TIP, SOM, BOTH, RELATED
}
