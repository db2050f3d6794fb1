package org.convene.events;

/** The kind of institution a participant comes from. Labels are in messages*.properties. */
public enum StakeholderType {
	MINISTRY, LAW_ENFORCEMENT, PROSECUTION, JUDICIARY, PARLIAMENT, CIVIL_SOCIETY, INTERNATIONAL_ORGANISATION, DONOR, ACADEMIA, PRIVATE_SECTOR
}
