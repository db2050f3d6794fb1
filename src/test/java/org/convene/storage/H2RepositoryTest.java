package org.convene.storage;

import org.convene.ConveneTest;

/** The repository contract on the embedded default, H2. */
@ConveneTest
class H2RepositoryTest extends RepositoryContract {

	@Override
	String expectedDatabase() {
		return "H2";
	}
}
